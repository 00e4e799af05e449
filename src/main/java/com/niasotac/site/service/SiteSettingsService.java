package com.niasotac.site.service;

import com.niasotac.catalog.product.service.ShopContact;
import com.niasotac.newsletter.mail.ShopIdentity;
import com.niasotac.platform.cache.PublicDataChanged;
import com.niasotac.site.api.SiteRequests;
import com.niasotac.site.api.SiteResponses;
import com.niasotac.site.domain.SiteSettings;
import com.niasotac.site.domain.SocialLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one settings record. Also the catalog's {@link ShopContact} and the newsletter's {@link ShopIdentity}:
 * the company name and WhatsApp number are kept in memory (product lists need them on every page) and
 * reloaded after any public change.
 */
@ApplicationScoped
public class SiteSettingsService implements ShopContact, ShopIdentity {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PublicDataChanged> publicChanges;

    private final AtomicReference<Optional<Contact>> contact = new AtomicReference<>();

    public SiteResponses.Settings get() {
        return response(settings());
    }

    public SiteRequests.Settings asRequest() {
        SiteSettings s = settings();
        return new SiteRequests.Settings(
                s.companyName(),
                s.companyDescription(),
                s.whatsappNumber(),
                s.contactEmail(),
                s.contactPhone(),
                s.contactAddress());
    }

    @Transactional
    public SiteResponses.Settings update(SiteRequests.Settings request) {
        SiteSettings settings = settings();
        settings.change(
                request.companyName().strip(),
                request.companyDescription(),
                request.whatsappNumber(),
                request.contactEmail().strip(),
                request.contactPhone().strip(),
                request.contactAddress().strip(),
                Instant.now());
        em.flush();
        publicChanges.fire(new PublicDataChanged("settings changed"));
        return response(settings);
    }

    @Override
    public Optional<Contact> current() {
        Optional<Contact> known = contact.get();
        if (known == null) {
            SiteSettings s = settings();
            known = Optional.of(new Contact(s.companyName(), s.whatsappNumber()));
            contact.set(known);
        }
        return known;
    }

    @Override
    public String name() {
        return current().orElseThrow().companyName();
    }

    void forgetContact(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicDataChanged change) {
        contact.set(null);
    }

    private SiteSettings settings() {
        return em.find(SiteSettings.class, true);
    }

    private SiteResponses.Settings response(SiteSettings s) {
        var links = em.createQuery("SELECT l FROM SocialLink l ORDER BY l.id", SocialLink.class)
                .getResultStream()
                .map(l -> new SiteResponses.Link(l.name(), l.url()))
                .toList();
        return new SiteResponses.Settings(
                s.whatsappNumber(),
                s.contactEmail(),
                s.contactPhone(),
                s.contactAddress(),
                s.companyName(),
                s.companyDescription(),
                links,
                s.updatedAt());
    }
}
