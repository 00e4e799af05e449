package com.niasotac.newsletter.service;

import com.niasotac.audit.service.AuditTrail;
import com.niasotac.newsletter.domain.TemplateRenderer;
import com.niasotac.platform.domain.Conflict;
import com.niasotac.platform.domain.NotFound;
import com.niasotac.platform.domain.RuleViolation;
import com.niasotac.platform.paging.Ordering;
import com.niasotac.platform.paging.PageRequest;
import com.niasotac.platform.persistence.Like;
import com.niasotac.platform.persistence.SqlQuery;
import com.niasotac.platform.persistence.UniqueSlugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Newsletter templates: placeholders are checked when a template is saved, never discovered at send time. */
@ApplicationScoped
public class TemplateService {

    public static final Map<String, String> ORDERING = Map.of("name", "t.name", "created_at", "t.created_at");
    public static final Ordering DEFAULT_ORDERING = new Ordering("t.created_at", true);

    static final String COLUMNS =
            """
            t.id, t.name, t.slug, t.subject, t.plain_content, t.html_content, t.default_from, t.is_active,
            (SELECT count(*) FROM newsletter_campaign c WHERE c.template_id = t.id) AS campaigns_count, t.created_at,
            t.updated_at""";
    static final String FROM = " FROM newsletter_template t WHERE true";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    static final String AUDIT_ENTITY = "template";

    public record TemplateList(long count, List<TemplateResponse> results) {}

    public TemplateList list(TemplateFilter filter, PageRequest page, Ordering ordering) {
        SqlQuery count = filtered(new SqlQuery().append("SELECT count(*)" + FROM), filter);
        SqlQuery rows = filtered(new SqlQuery().append("SELECT " + COLUMNS + FROM), filter)
                .append(" ORDER BY " + ordering.sql() + ", t.id LIMIT ? OFFSET ?", page.pageSize(), page.offset());
        return new TemplateList(((Number) count.create(em).getSingleResult()).longValue(), templates(rows));
    }

    public TemplateResponse get(String slugOrId) {
        return templates(new SqlQuery()
                        .append("SELECT " + COLUMNS + FROM)
                        .andSlugOrId("t", slugOrId)
                        .append(" ORDER BY t.id LIMIT 1"))
                .stream()
                .findFirst()
                .orElseThrow(() -> NotFound.of("Template"));
    }

    /** The id of the template with this slug or id, if there is one. */
    public Optional<Long> idOf(String slugOrId) {
        @SuppressWarnings("unchecked")
        List<Object> found = new SqlQuery()
                .append("SELECT t.id FROM newsletter_template t WHERE true")
                .andSlugOrId("t", slugOrId)
                .append(" ORDER BY t.id LIMIT 1")
                .create(em)
                .getResultList();
        return found.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    public TemplateRequest asRequest(String slugOrId) {
        TemplateResponse t = get(slugOrId);
        return new TemplateRequest(
                t.name(), t.slug(), t.subject(), t.plainContent(), t.htmlContent(), t.defaultFrom(), t.isActive());
    }

    @Transactional
    public TemplateResponse create(TemplateRequest request) {
        checked(request);
        String slug = slug(request, null);
        Number id = (Number) em.createNativeQuery(
                        """
                        INSERT INTO newsletter_template (name, slug, subject, plain_content, html_content, default_from,
                                                         is_active)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id""")
                .setParameter(1, request.name().strip())
                .setParameter(2, slug)
                .setParameter(3, request.subject().strip())
                .setParameter(4, request.plainContent())
                .setParameter(5, request.htmlContent() == null ? "" : request.htmlContent())
                .setParameter(6, blankToNull(request.defaultFrom()))
                .setParameter(7, request.isActive() == null || request.isActive())
                .getSingleResult();
        audit.created(AUDIT_ENTITY, id.longValue(), request.name(), asRequest(id.toString()));
        return get(id.toString());
    }

    @Transactional
    public TemplateResponse update(String slugOrId, TemplateRequest request) {
        TemplateResponse existing = get(slugOrId);
        long id = existing.id();
        TemplateRequest before = asRequest(slugOrId);
        checked(request);
        em.createNativeQuery(
                        """
                        UPDATE newsletter_template SET name = ?1, slug = ?2, subject = ?3, plain_content = ?4,
                            html_content = ?5, default_from = ?6, is_active = ?7, updated_at = now()
                        WHERE id = ?8""")
                .setParameter(1, request.name().strip())
                .setParameter(2, slug(request, new UniqueSlugs.Current(id, existing.slug())))
                .setParameter(3, request.subject().strip())
                .setParameter(4, request.plainContent())
                .setParameter(5, request.htmlContent() == null ? "" : request.htmlContent())
                .setParameter(6, blankToNull(request.defaultFrom()))
                .setParameter(7, request.isActive() == null || request.isActive())
                .setParameter(8, id)
                .executeUpdate();
        audit.updated(AUDIT_ENTITY, id, request.name(), before, asRequest(Long.toString(id)));
        return get(Long.toString(id));
    }

    /** A template some campaign uses is kept: its campaigns must still say what they sent. */
    @Transactional
    public void delete(String slugOrId) {
        TemplateResponse template = get(slugOrId);
        if (template.campaignsCount() > 0) {
            throw Conflict.of(
                    "This template is used by " + template.campaignsCount() + " campaign(s); deactivate it instead.");
        }
        TemplateRequest before = asRequest(slugOrId);
        em.createNativeQuery("DELETE FROM newsletter_template WHERE id = ?1")
                .setParameter(1, template.id())
                .executeUpdate();
        audit.deleted(AUDIT_ENTITY, template.id(), template.name(), before);
    }

    /** Unknown placeholders and an unusable sender are refused here, with the field that holds them. */
    static void checked(TemplateRequest request) {
        Map<String, String> texts = Map.of(
                "subject", request.subject(),
                "plain_content", request.plainContent(),
                "html_content", request.htmlContent() == null ? "" : request.htmlContent());
        for (String field : List.of("subject", "plain_content", "html_content")) {
            Set<String> unknown = TemplateRenderer.unknownPlaceholders(texts.get(field), TemplateRenderer.PLACEHOLDERS);
            if (!unknown.isEmpty()) {
                throw RuleViolation.field(
                        field,
                        "unknown placeholder(s) "
                                + unknown.stream().map(p -> "{" + p + "}").toList()
                                + "; use {name}, {email} or {unsubscribe_url}");
            }
        }
        String from = blankToNull(request.defaultFrom());
        if (from != null) {
            try {
                new InternetAddress(from, true).validate();
            } catch (AddressException e) {
                throw RuleViolation.field(
                        "default_from", "must be an e-mail address, e.g. NIASOTAC <news@niasotac.com>");
            }
        }
    }

    private String slug(TemplateRequest request, UniqueSlugs.Current current) {
        return UniqueSlugs.assign(
                em,
                UniqueSlugs.Table.NEWSLETTER_TEMPLATE,
                request.slug(),
                current,
                new UniqueSlugs.Words("name", 160, request.name()));
    }

    private static SqlQuery filtered(SqlQuery query, TemplateFilter filter) {
        filter.search()
                .ifPresent(text -> query.and(
                        "niasotac_fold(t.name) LIKE niasotac_fold(?) OR niasotac_fold(t.subject) LIKE niasotac_fold(?)",
                        Like.contains(text),
                        Like.contains(text)));
        filter.name().ifPresent(name -> query.and("niasotac_fold(t.name) LIKE niasotac_fold(?)", Like.contains(name)));
        filter.subject()
                .ifPresent(
                        subject -> query.and("niasotac_fold(t.subject) LIKE niasotac_fold(?)", Like.contains(subject)));
        filter.isActive().ifPresent(isActive -> query.and("t.is_active = ?", isActive));
        return query;
    }

    private List<TemplateResponse> templates(SqlQuery query) {
        return query.rows(em).stream()
                .map(row -> new TemplateResponse(
                        row.longValue("id"),
                        row.string("name"),
                        row.string("slug"),
                        row.string("subject"),
                        row.string("plain_content"),
                        row.string("html_content"),
                        row.string("default_from"),
                        row.bool("is_active"),
                        row.longValue("campaigns_count"),
                        row.instant("created_at"),
                        row.instant("updated_at")))
                .toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
