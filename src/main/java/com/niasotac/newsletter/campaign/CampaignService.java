package com.niasotac.newsletter.campaign;

import static com.niasotac.platform.persistence.Rows.instant;
import static com.niasotac.platform.persistence.Rows.intValue;
import static com.niasotac.platform.persistence.Rows.longValue;
import static com.niasotac.platform.persistence.Rows.string;

import com.niasotac.audit.service.AuditTrail;
import com.niasotac.newsletter.template.TemplateResponse;
import com.niasotac.newsletter.template.TemplateService;
import com.niasotac.platform.api.ApiException;
import com.niasotac.platform.api.Ordering;
import com.niasotac.platform.api.PageRequest;
import com.niasotac.platform.persistence.AfterCommit;
import com.niasotac.platform.persistence.Like;
import com.niasotac.platform.persistence.SqlQuery;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Campaigns as staff edit them: draft → scheduled → sending → sent, or cancelled. Only drafts and scheduled
 * campaigns can change; sending is {@link CampaignDispatcher}'s job.
 */
@ApplicationScoped
public class CampaignService {

    public static final Map<String, String> ORDERING = Map.of(
            "name", "c.name",
            "scheduled_at", "c.scheduled_at",
            "created_at", "c.created_at");
    public static final Ordering DEFAULT_ORDERING = new Ordering("c.created_at", true);

    static final Set<String> EDITABLE = Set.of("draft", "scheduled");
    static final String COLUMNS =
            """
            c.id, c.name, t.slug, c.status, c.scheduled_at, c.audience, c.audience_tag,
            array_to_string(ARRAY(SELECT cs.subscriber_id FROM newsletter_campaign_subscriber cs
                                   WHERE cs.campaign_id = c.id ORDER BY cs.subscriber_id), ','),
            c.recipients_count, c.sent_count, c.failed_count, c.started_at, c.finished_at, c.created_at, c.updated_at,
            t.name""";
    static final String FROM =
            " FROM newsletter_campaign c JOIN newsletter_template t ON t.id = c.template_id WHERE true";

    @PersistenceContext
    EntityManager em;

    @Inject
    TemplateService templates;

    @Inject
    CampaignDispatcher dispatcher;

    @Inject
    DispatchLedger ledger;

    @Inject
    AfterCommit afterCommit;

    @Resource
    ManagedExecutorService executor;

    public record CampaignList(long count, List<CampaignResponse> results) {}

    public CampaignList list(CampaignFilter filter, PageRequest page, Ordering ordering) {
        SqlQuery count = filtered(new SqlQuery().append("SELECT count(*)" + FROM), filter);
        SqlQuery rows = filtered(new SqlQuery().append("SELECT " + COLUMNS + FROM), filter);
        rows.append(
                " ORDER BY " + ordering.sql() + " NULLS LAST, c.id DESC LIMIT ? OFFSET ?",
                page.pageSize(),
                page.offset());
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.create(em).getResultList();
        return new CampaignList(
                ((Number) count.create(em).getSingleResult()).longValue(),
                found.stream().map(CampaignService::campaign).toList());
    }

    private static SqlQuery filtered(SqlQuery query, CampaignFilter filter) {
        filter.status().ifPresent(status -> query.and("c.status = ?", status));
        filter.name().ifPresent(name -> query.and("niasotac_fold(c.name) LIKE niasotac_fold(?)", Like.contains(name)));
        filter.templateId().ifPresent(template -> query.and("c.template_id = ?", template));
        filter.scheduledAfter().ifPresent(after -> query.and("c.scheduled_at >= ?", after));
        filter.scheduledBefore().ifPresent(before -> query.and("c.scheduled_at <= ?", before));
        filter.createdAfter().ifPresent(after -> query.and("c.created_at >= ?", after));
        filter.createdBefore().ifPresent(before -> query.and("c.created_at <= ?", before));
        return query;
    }

    public CampaignResponse get(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = new SqlQuery()
                .append("SELECT " + COLUMNS + FROM)
                .and("c.id = ?", id)
                .create(em)
                .getResultList();
        return found.stream()
                .findFirst()
                .map(CampaignService::campaign)
                .orElseThrow(() -> ApiException.notFound("Campaign"));
    }

    @Inject
    AuditTrail audit;

    static final String AUDIT_ENTITY = "campaign";

    /** A campaign as the history records it: what staff set, and where it stands. */
    public record Audited(
            String name,
            String template,
            String recipients,
            String recipientTag,
            List<Long> subscribers,
            Instant scheduledAt,
            String status) {}

    private Audited audited(long id) {
        CampaignResponse c = get(id);
        return new Audited(
                c.name(), c.template(), c.recipients(), c.recipientTag(), c.subscribers(), c.scheduledAt(), c.status());
    }

    public CampaignRequest asRequest(long id) {
        CampaignResponse c = get(id);
        return new CampaignRequest(
                c.name(), c.template(), c.recipients(), c.recipientTag(), c.subscribers(), c.scheduledAt());
    }

    @Transactional
    public CampaignResponse create(CampaignRequest request) {
        Audience audience = audience(request);
        Number id = (Number) em.createNativeQuery(
                        """
                        INSERT INTO newsletter_campaign (name, template_id, status, scheduled_at, audience, audience_tag)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id""")
                .setParameter(1, request.name().strip())
                .setParameter(2, activeTemplate(request.template()).id())
                .setParameter(3, request.scheduledAt() == null ? "draft" : "scheduled")
                .setParameter(4, request.scheduledAt())
                .setParameter(5, audience.kind())
                .setParameter(6, audience.tag())
                .getSingleResult();
        listSubscribers(id.longValue(), audience);
        audit.created(AUDIT_ENTITY, id.longValue(), request.name(), audited(id.longValue()));
        return get(id.longValue());
    }

    @Transactional
    public CampaignResponse update(long id, CampaignRequest request) {
        String status = lockedStatus(id);
        requireEditable(status);
        Audited before = audited(id);
        Audience audience = audience(request);
        em.createNativeQuery(
                        """
                        UPDATE newsletter_campaign SET name = ?1, template_id = ?2, scheduled_at = ?3, audience = ?4,
                            audience_tag = ?5, status = ?6, updated_at = now()
                        WHERE id = ?7""")
                .setParameter(1, request.name().strip())
                .setParameter(2, activeTemplate(request.template()).id())
                .setParameter(3, request.scheduledAt())
                .setParameter(4, audience.kind())
                .setParameter(5, audience.tag())
                .setParameter(6, request.scheduledAt() == null ? "draft" : "scheduled")
                .setParameter(7, id)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM newsletter_campaign_subscriber WHERE campaign_id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        listSubscribers(id, audience);
        audit.updated(AUDIT_ENTITY, id, request.name(), before, audited(id));
        return get(id);
    }

    /** Drafts and cancelled campaigns only: what was sent stays on record. */
    @Transactional
    public void delete(long id) {
        String status = lockedStatus(id);
        if (!Set.of("draft", "cancelled").contains(status)) {
            throw ApiException.conflict(
                    "Only draft or cancelled campaigns can be deleted (this one is " + status + ").");
        }
        Audited before = audited(id);
        em.createNativeQuery("DELETE FROM newsletter_campaign WHERE id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        audit.deleted(AUDIT_ENTITY, id, before.name(), before);
    }

    @Transactional
    public CampaignResponse schedule(long id, Instant at) {
        requireEditable(lockedStatus(id));
        Audited before = audited(id);
        setStatus(id, "scheduled", at);
        audit.updated(AUDIT_ENTITY, id, before.name(), before, audited(id));
        return get(id);
    }

    /** Scheduled for now, and the dispatcher woken once this commits rather than at its next tick. */
    @Transactional
    public CampaignResponse sendNow(long id) {
        requireEditable(lockedStatus(id));
        Audited before = audited(id);
        setStatus(id, "scheduled", Instant.now());
        afterCommit.run("start sending a campaign", () -> executor.submit(dispatcher::dispatchDue));
        audit.updated(AUDIT_ENTITY, id, before.name(), before, audited(id));
        return get(id);
    }

    /**
     * A campaign being sent stops after the mail in progress; the recipients claimed but not tried are given
     * back, so the log holds only real attempts.
     */
    @Transactional
    public CampaignResponse cancel(long id) {
        String status = lockedStatus(id);
        if (!Set.of("draft", "scheduled", "sending").contains(status)) {
            throw ApiException.conflict("A " + status + " campaign cannot be cancelled.");
        }
        Audited before = audited(id);
        em.createNativeQuery(
                        """
                        UPDATE newsletter_campaign SET status = 'cancelled', lease_owner = NULL, lease_until = NULL,
                            updated_at = now() WHERE id = ?1""")
                .setParameter(1, id)
                .executeUpdate();
        ledger.giveBackQueued(id);
        ledger.recount(id);
        audit.updated(AUDIT_ENTITY, id, before.name(), before, audited(id));
        return get(id);
    }

    public record LogList(long count, List<CampaignResponse.Log> results) {}

    public LogList logs(long id, Optional<String> status, PageRequest page) {
        get(id);
        SqlQuery count =
                new SqlQuery().append("SELECT count(*) FROM newsletter_send_log l WHERE l.campaign_id = ?", id);
        SqlQuery rows = new SqlQuery()
                .append(
                        "SELECT l.id, l.subscriber_id, l.email, l.status, l.error, l.created_at, l.finished_at"
                                + " FROM newsletter_send_log l WHERE l.campaign_id = ?",
                        id);
        status.ifPresent(s -> {
            count.and("l.status = ?", s);
            rows.and("l.status = ?", s);
        });
        rows.append(" ORDER BY l.id LIMIT ? OFFSET ?", page.pageSize(), page.offset());
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.create(em).getResultList();
        return new LogList(
                ((Number) count.create(em).getSingleResult()).longValue(),
                found.stream()
                        .map(row -> new CampaignResponse.Log(
                                longValue(row[0]),
                                longValue(row[1]),
                                string(row[2]),
                                string(row[3]),
                                string(row[4]),
                                instant(row[5]),
                                instant(row[6])))
                        .toList());
    }

    record Audience(String kind, String tag, List<Long> subscribers) {}

    private Audience audience(CampaignRequest r) {
        String kind = r.recipients() == null ? "all" : r.recipients();
        return switch (kind) {
            case "tag" -> {
                if (r.recipientTag() == null || r.recipientTag().isBlank()) {
                    throw ApiException.invalidField("recipient_tag", "is required when recipients is tag");
                }
                yield new Audience(kind, r.recipientTag().strip().toLowerCase(java.util.Locale.ROOT), List.of());
            }
            case "listed" -> {
                if (r.subscribers() == null || r.subscribers().isEmpty()) {
                    throw ApiException.invalidField(
                            "subscribers", "lists the subscriber ids when recipients is listed");
                }
                yield new Audience(
                        kind, null, r.subscribers().stream().distinct().toList());
            }
            default -> new Audience("all", null, List.of());
        };
    }

    private void listSubscribers(long campaignId, Audience audience) {
        if (audience.subscribers().isEmpty()) {
            return;
        }
        int listed = em.createNativeQuery(
                        """
                        INSERT INTO newsletter_campaign_subscriber (campaign_id, subscriber_id)
                        SELECT ?1, s.id FROM newsletter_subscriber s WHERE s.id = ANY(?2)""")
                .setParameter(1, campaignId)
                .setParameter(2, audience.subscribers().toArray(Long[]::new))
                .executeUpdate();
        if (listed != audience.subscribers().size()) {
            throw ApiException.invalidField("subscribers", "lists an id that does not exist");
        }
    }

    private TemplateResponse activeTemplate(String slugOrId) {
        TemplateResponse template;
        try {
            template = templates.get(slugOrId);
        } catch (ApiException e) {
            throw ApiException.invalidField("template", "no template has this slug or id");
        }
        if (!template.isActive()) {
            throw ApiException.invalidField("template", "is not active");
        }
        return template;
    }

    private String lockedStatus(long id) {
        @SuppressWarnings("unchecked")
        List<Object> found = em.createNativeQuery("SELECT status FROM newsletter_campaign WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id)
                .getResultList();
        return found.stream().findFirst().map(String.class::cast).orElseThrow(() -> ApiException.notFound("Campaign"));
    }

    private static void requireEditable(String status) {
        if (!EDITABLE.contains(status)) {
            throw ApiException.conflict("A " + status + " campaign cannot be changed.");
        }
    }

    private void setStatus(long id, String status, Instant scheduledAt) {
        em.createNativeQuery(
                        "UPDATE newsletter_campaign SET status = ?1, scheduled_at = ?2, updated_at = now() WHERE id = ?3")
                .setParameter(1, status)
                .setParameter(2, scheduledAt)
                .setParameter(3, id)
                .executeUpdate();
    }

    private static CampaignResponse campaign(Object[] row) {
        String listed = string(row[7]);
        return new CampaignResponse(
                longValue(row[0]),
                string(row[1]),
                string(row[2]),
                string(row[15]),
                string(row[3]),
                instant(row[4]),
                string(row[5]),
                string(row[6]),
                listed == null || listed.isEmpty()
                        ? List.of()
                        : Arrays.stream(listed.split(",")).map(Long::valueOf).toList(),
                intValue(row[8]),
                intValue(row[9]),
                intValue(row[10]),
                instant(row[11]),
                instant(row[12]),
                instant(row[13]),
                instant(row[14]));
    }
}
