package com.niasotac.site.service;

import com.niasotac.audit.service.AuditTrail;
import com.niasotac.platform.cache.PublicDataChanged;
import com.niasotac.platform.domain.NotFound;
import com.niasotac.platform.domain.RuleViolation;
import com.niasotac.platform.media.MediaStorage;
import com.niasotac.platform.paging.Ordering;
import com.niasotac.platform.paging.PageRequest;
import com.niasotac.platform.persistence.AfterCommit;
import com.niasotac.platform.persistence.SlugOrId;
import com.niasotac.platform.persistence.UniqueSlugs;
import com.niasotac.platform.text.WebUrls;
import com.niasotac.site.domain.OfferedService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The services the company offers: anonymous visitors see the active ones, staff manage them all. */
@ApplicationScoped
public class OfferedServices {

    public static final Map<String, String> ORDERING =
            Map.of("order", "order", "title", "title", "created_at", "createdAt");
    public static final Ordering DEFAULT_ORDERING = new Ordering("order", false);

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PublicDataChanged> publicChanges;

    @Inject
    AuditTrail audit;

    static final String AUDIT_ENTITY = "service";

    /** A service as the history records it: the PUT fields and the uploaded image's key. */
    public record Audited(
            String title,
            String slug,
            String description,
            String imageUrl,
            String imageKey,
            int order,
            boolean isActive,
            String externalLink) {}

    private static Audited audited(OfferedService s) {
        return new Audited(
                s.title(),
                s.slug(),
                s.description(),
                s.imageUrl(),
                s.imageKey(),
                s.order(),
                s.isActive(),
                s.externalLink());
    }

    @Inject
    AfterCommit afterCommit;

    @Inject
    MediaStorage storage;

    public record ServiceList(long count, List<OfferedService> results) {}

    /**
     * One page of services; {@code active} keeps the active (or inactive) ones only, and anonymous visitors
     * ({@code includeInactive} false) never see an inactive one, whatever they ask.
     */
    public ServiceList list(PageRequest page, Ordering ordering, boolean includeInactive, Optional<Boolean> active) {
        List<String> conditions = new java.util.ArrayList<>();
        if (!includeInactive) {
            conditions.add("s.active = true");
        }
        active.ifPresent(wanted -> conditions.add("s.active = :active"));
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        var count = em.createQuery("SELECT count(s) FROM OfferedService s" + where, Long.class);
        var rows = em.createQuery(
                        "SELECT s FROM OfferedService s" + where + " ORDER BY " + ordering.jpql("s") + ", s.id",
                        OfferedService.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.pageSize());
        active.ifPresent(wanted -> {
            count.setParameter("active", wanted);
            rows.setParameter("active", wanted);
        });
        return new ServiceList(count.getSingleResult(), rows.getResultList());
    }

    public OfferedService get(String slugOrId, boolean includeInactive) {
        Optional<Long> id = SlugOrId.id(slugOrId);
        List<OfferedService> found = (id.isPresent()
                        ? em.createQuery("SELECT s FROM OfferedService s WHERE s.id = :key", OfferedService.class)
                                .setParameter("key", id.get())
                        : em.createQuery("SELECT s FROM OfferedService s WHERE s.slug = :key", OfferedService.class)
                                .setParameter("key", slugOrId))
                .getResultList();
        return found.stream()
                .filter(service -> includeInactive || service.isActive())
                .findFirst()
                .orElseThrow(() -> NotFound.of("Service"));
    }

    public SiteRequests.Service asRequest(String slugOrId) {
        OfferedService s = get(slugOrId, true);
        return new SiteRequests.Service(
                s.title(), s.slug(), s.description(), s.imageUrl(), s.order(), s.isActive(), s.externalLink());
    }

    @Transactional
    public OfferedService create(SiteRequests.Service request) {
        OfferedService service = new OfferedService(Instant.now());
        apply(service, request, null);
        em.persist(service);
        em.flush();
        publicChanges.fire(new PublicDataChanged("service created"));
        audit.created(AUDIT_ENTITY, service.id(), service.title(), audited(service));
        return service;
    }

    @Transactional
    public OfferedService update(String slugOrId, SiteRequests.Service request) {
        OfferedService service = get(slugOrId, true);
        Audited before = audited(service);
        apply(service, request, service.id());
        em.flush();
        publicChanges.fire(new PublicDataChanged("service changed"));
        audit.updated(AUDIT_ENTITY, service.id(), service.title(), before, audited(service));
        return service;
    }

    @Transactional
    public void delete(String slugOrId) {
        OfferedService service = get(slugOrId, true);
        Audited before = audited(service);
        em.remove(service);
        deleteAfterCommit(service.imageKey());
        publicChanges.fire(new PublicDataChanged("service deleted"));
        audit.deleted(AUDIT_ENTITY, service.id(), service.title(), before);
    }

    /** Points the service at a stored upload ({@code null}: none); the file it replaces goes after the commit. */
    @Transactional
    public OfferedService replaceImage(String slugOrId, String newKey) {
        OfferedService service = get(slugOrId, true);
        Audited before = audited(service);
        String old = service.imageKey();
        service.changeImage(newKey, Instant.now());
        audit.updated(AUDIT_ENTITY, service.id(), service.title(), before, audited(service));
        em.flush();
        deleteAfterCommit(old);
        publicChanges.fire(new PublicDataChanged("service image changed"));
        return service;
    }

    private void deleteAfterCommit(String key) {
        if (key != null) {
            afterCommit.run("delete service image " + key, () -> storage.delete(key));
        }
    }

    private void apply(OfferedService service, SiteRequests.Service r, Long currentId) {
        checkUrl("image_url", r.imageUrl());
        checkUrl("external_link", r.externalLink());
        String slug = UniqueSlugs.assign(
                em,
                UniqueSlugs.Table.SERVICE,
                r.slug(),
                currentId == null ? null : new UniqueSlugs.Current(currentId, service.slug()),
                new UniqueSlugs.Words("title", 160, r.title()));
        service.change(
                r.title().strip(),
                slug,
                r.description(),
                blankToNull(r.imageUrl()),
                r.order() == null ? 0 : r.order(),
                r.isActive() == null || r.isActive(),
                blankToNull(r.externalLink()),
                Instant.now());
    }

    static void checkUrl(String field, String value) {
        if (value != null && !value.isBlank() && !WebUrls.isAbsoluteHttp(value)) {
            throw RuleViolation.field(field, "must be an absolute http(s) URL");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
