package com.niasotac.newsletter.service;

import com.niasotac.audit.service.AuditTrail;
import com.niasotac.newsletter.domain.CampaignStatus;
import com.niasotac.platform.domain.Conflict;
import com.niasotac.platform.domain.NotFound;
import com.niasotac.platform.domain.RuleViolation;
import com.niasotac.platform.paging.Ordering;
import com.niasotac.platform.paging.PageRequest;
import com.niasotac.platform.persistence.AfterCommit;
import com.niasotac.platform.persistence.Like;
import com.niasotac.platform.persistence.NamedRow;
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

    static final String COLUMNS =
            """
            c.id, c.name, t.slug AS template_slug, c.status, c.scheduled_at, c.audience, c.audience_tag,
            array_to_string(ARRAY(SELECT cs.subscriber_id FROM newsletter_campaign_subscriber cs
                                   WHERE cs.campaign_id = c.id ORDER BY cs.subscriber_id), ',') AS subscriber_ids,
            c.recipients_count, c.sent_count, c.failed_count, c.started_at, c.finished_at, c.created_at, c.updated_at,
            t.name AS template_name""";
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
        return new CampaignList(
                ((Number) count.create(em).getSingleResult()).longValue(),
                rows.rows(em).stream().map(CampaignService::campaign).toList());
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
        return new SqlQuery()
                .append("SELECT " + COLUMNS + FROM).and("c.id = ?", id).rows(em).stream()
                        .findFirst()
                        .map(CampaignService::campaign)
                        .orElseThrow(() -> NotFound.of("Campaign"));
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
                .setParameter(3, CampaignStatus.of(request.scheduledAt()).label())
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
        requireEditable(lockedStatus(id));
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
                .setParameter(6, CampaignStatus.of(request.scheduledAt()).label())
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
        CampaignStatus status = lockedStatus(id);
        if (!status.deletable()) {
            throw Conflict.of("Only draft or cancelled campaigns can be deleted (this one is " + status.label() + ").");
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
        setStatus(id, CampaignStatus.SCHEDULED, at);
        audit.updated(AUDIT_ENTITY, id, before.name(), before, audited(id));
        return get(id);
    }

    /** Scheduled for now, and the dispatcher woken once this commits rather than at its next tick. */
    @Transactional
    public CampaignResponse sendNow(long id) {
        requireEditable(lockedStatus(id));
        Audited before = audited(id);
        setStatus(id, CampaignStatus.SCHEDULED, Instant.now());
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
        CampaignStatus status = lockedStatus(id);
        if (!status.cancellable()) {
            throw Conflict.of("A " + status.label() + " campaign cannot be cancelled.");
        }
        Audited before = audited(id);
        em.createNativeQuery(
                        """
                        UPDATE newsletter_campaign SET status = ?2, lease_owner = NULL, lease_until = NULL,
                            updated_at = now() WHERE id = ?1""")
                .setParameter(1, id)
                .setParameter(2, CampaignStatus.CANCELLED.label())
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
        return new LogList(
                ((Number) count.create(em).getSingleResult()).longValue(),
                rows.rows(em).stream()
                        .map(row -> new CampaignResponse.Log(
                                row.longValue("id"),
                                row.longValue("subscriber_id"),
                                row.string("email"),
                                row.string("status"),
                                row.string("error"),
                                row.instant("created_at"),
                                row.instant("finished_at")))
                        .toList());
    }

    record Audience(String kind, String tag, List<Long> subscribers) {}

    private Audience audience(CampaignRequest r) {
        String kind = r.recipients() == null ? "all" : r.recipients();
        return switch (kind) {
            case "tag" -> {
                if (r.recipientTag() == null || r.recipientTag().isBlank()) {
                    throw RuleViolation.field("recipient_tag", "is required when recipients is tag");
                }
                yield new Audience(kind, r.recipientTag().strip().toLowerCase(java.util.Locale.ROOT), List.of());
            }
            case "listed" -> {
                if (r.subscribers() == null || r.subscribers().isEmpty()) {
                    throw RuleViolation.field("subscribers", "lists the subscriber ids when recipients is listed");
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
            throw RuleViolation.field("subscribers", "lists an id that does not exist");
        }
    }

    private TemplateResponse activeTemplate(String slugOrId) {
        TemplateResponse template;
        try {
            template = templates.get(slugOrId);
        } catch (NotFound e) {
            throw RuleViolation.field("template", "no template has this slug or id");
        }
        if (!template.isActive()) {
            throw RuleViolation.field("template", "is not active");
        }
        return template;
    }

    private CampaignStatus lockedStatus(long id) {
        @SuppressWarnings("unchecked")
        List<Object> found = em.createNativeQuery("SELECT status FROM newsletter_campaign WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id)
                .getResultList();
        return found.stream()
                .findFirst()
                .map(String.class::cast)
                .map(label -> CampaignStatus.parse(label).orElseThrow())
                .orElseThrow(() -> NotFound.of("Campaign"));
    }

    private static void requireEditable(CampaignStatus status) {
        if (!status.editable()) {
            throw Conflict.of("A " + status.label() + " campaign cannot be changed.");
        }
    }

    private void setStatus(long id, CampaignStatus status, Instant scheduledAt) {
        em.createNativeQuery(
                        "UPDATE newsletter_campaign SET status = ?1, scheduled_at = ?2, updated_at = now() WHERE id = ?3")
                .setParameter(1, status.label())
                .setParameter(2, scheduledAt)
                .setParameter(3, id)
                .executeUpdate();
    }

    private static CampaignResponse campaign(NamedRow row) {
        String listed = row.string("subscriber_ids");
        return new CampaignResponse(
                row.longValue("id"),
                row.string("name"),
                row.string("template_slug"),
                row.string("template_name"),
                row.string("status"),
                row.instant("scheduled_at"),
                row.string("audience"),
                row.string("audience_tag"),
                listed == null || listed.isEmpty()
                        ? List.of()
                        : Arrays.stream(listed.split(",")).map(Long::valueOf).toList(),
                row.intValue("recipients_count"),
                row.intValue("sent_count"),
                row.intValue("failed_count"),
                row.instant("started_at"),
                row.instant("finished_at"),
                row.instant("created_at"),
                row.instant("updated_at"));
    }
}
