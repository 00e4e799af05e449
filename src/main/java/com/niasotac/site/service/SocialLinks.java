package com.niasotac.site.service;

import com.niasotac.audit.service.AuditTrail;
import com.niasotac.platform.api.ApiException;
import com.niasotac.platform.api.PageRequest;
import com.niasotac.platform.cache.PublicDataChanged;
import com.niasotac.site.api.SiteRequests;
import com.niasotac.site.domain.SocialLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** The company's social network links. */
@ApplicationScoped
public class SocialLinks {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PublicDataChanged> publicChanges;

    public record LinkList(long count, List<SocialLink> results) {}

    public LinkList list(PageRequest page) {
        long count =
                em.createQuery("SELECT count(l) FROM SocialLink l", Long.class).getSingleResult();
        return new LinkList(
                count,
                em.createQuery("SELECT l FROM SocialLink l ORDER BY l.id", SocialLink.class)
                        .setFirstResult(page.offset())
                        .setMaxResults(page.pageSize())
                        .getResultList());
    }

    public SocialLink get(long id) {
        SocialLink link = em.find(SocialLink.class, id);
        if (link == null) {
            throw ApiException.notFound("Social link");
        }
        return link;
    }

    public SiteRequests.SocialLink asRequest(long id) {
        SocialLink link = get(id);
        return new SiteRequests.SocialLink(link.name(), link.url(), link.isShown());
    }

    @Transactional
    public SocialLink create(SiteRequests.SocialLink request) {
        SocialLink link = new SocialLink(Instant.now());
        apply(link, request);
        em.persist(link);
        em.flush();
        publicChanges.fire(new PublicDataChanged("social link created"));
        audit.created(AUDIT_ENTITY, link.id(), link.name(), asRequest(link.id()));
        return link;
    }

    @Transactional
    public SocialLink update(long id, SiteRequests.SocialLink request) {
        SiteRequests.SocialLink before = asRequest(id);
        SocialLink link = get(id);
        apply(link, request);
        em.flush();
        publicChanges.fire(new PublicDataChanged("social link changed"));
        audit.updated(AUDIT_ENTITY, id, link.name(), before, asRequest(id));
        return link;
    }

    @Transactional
    public void delete(long id) {
        SiteRequests.SocialLink before = asRequest(id);
        em.remove(get(id));
        publicChanges.fire(new PublicDataChanged("social link deleted"));
        audit.deleted(AUDIT_ENTITY, id, before.name(), before);
    }

    static final String AUDIT_ENTITY = "social_link";

    @Inject
    AuditTrail audit;

    private static void apply(SocialLink link, SiteRequests.SocialLink request) {
        OfferedServices.checkUrl("url", request.url());
        boolean shown = request.isShown() != null ? request.isShown() : link.isShown();
        link.change(request.name(), request.url().strip(), shown, Instant.now());
    }
}
