package com.niasotac.site.service;

import com.niasotac.audit.service.AuditTrail;
import com.niasotac.catalog.product.service.ShopContact;
import com.niasotac.newsletter.mail.ShopIdentity;
import com.niasotac.platform.cache.KeptSnapshot;
import com.niasotac.platform.cache.PublicDataChanged;
import com.niasotac.platform.domain.RuleViolation;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one settings record. Also the catalog's {@link ShopContact} and the newsletter's {@link ShopIdentity}.
 * What the public sees is kept in memory for at most {@link #KEPT} (product lists need the company's name and
 * number on every page) and dropped as soon as any public change commits.
 */
@ApplicationScoped
public class SiteSettingsService implements ShopContact, ShopIdentity {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PublicDataChanged> publicChanges;

    @Inject
    AuditTrail audit;

    /** The one settings record is object 1 of its kind in the history. */
    static final String AUDIT_ENTITY = "settings";

    /** Read on every page of products (the WhatsApp links) and by every visit: one query a second at most. */
    static final Duration KEPT = Duration.ofSeconds(1);

    private final KeptSnapshot<SiteResponses.Settings> shown = new KeptSnapshot<>(KEPT, () -> response(settings()));

    public SiteResponses.Settings get() {
        return shown.get();
    }

    public SiteRequests.Settings asRequest() {
        SiteSettings s = settings();
        return new SiteRequests.Settings(
                s.companyName(),
                s.companyDescription(),
                s.whatsappNumber(),
                s.contactEmail(),
                s.contactPhone(),
                s.contactAddress(),
                links().stream().filter(SocialLink::isShown).map(SocialLink::id).toList());
    }

    @Transactional
    public SiteResponses.Settings update(SiteRequests.Settings request) {
        SiteRequests.Settings before = asRequest();
        SiteSettings settings = settings();
        settings.change(
                request.companyName().strip(),
                request.companyDescription(),
                request.whatsappNumber(),
                request.contactEmail().strip(),
                request.contactPhone().strip(),
                request.contactAddress().strip(),
                Instant.now());
        if (request.socialLinkIds() != null) {
            showOnly(Set.copyOf(request.socialLinkIds()));
        }
        em.flush();
        publicChanges.fire(new PublicDataChanged("settings changed"));
        audit.updated(AUDIT_ENTITY, 1, settings.companyName(), before, asRequest());
        return response(settings);
    }

    @Override
    public Optional<Contact> current() {
        SiteResponses.Settings s = get();
        return Optional.of(new Contact(s.companyName(), s.whatsappNumber()));
    }

    @Override
    public String name() {
        return current().orElseThrow().companyName();
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicDataChanged change) {
        shown.forget();
    }

    /** Shows the links listed and hides the others; an id that names no link is a 400. */
    private void showOnly(Set<Long> ids) {
        List<SocialLink> links = links();
        Set<Long> known = links.stream().map(SocialLink::id).collect(Collectors.toSet());
        if (!known.containsAll(ids)) {
            throw RuleViolation.field("social_link_ids", "lists an id that is not a social link's");
        }
        Instant now = Instant.now();
        links.forEach(link -> link.show(ids.contains(link.id()), now));
    }

    private List<SocialLink> links() {
        return em.createQuery("SELECT l FROM SocialLink l ORDER BY l.id", SocialLink.class)
                .getResultList();
    }

    private SiteSettings settings() {
        return em.find(SiteSettings.class, true);
    }

    private SiteResponses.Settings response(SiteSettings s) {
        var links = links().stream()
                .filter(SocialLink::isShown)
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
