package com.niasotac.catalog.product.service;

import com.niasotac.platform.cache.PublicDataChanged;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs {@link ThumbnailBackfill} every minute on every node, for at most {@link #BUDGET} each time (about a
 * third of one core while there is work; nothing once every image has its variants). A run that made some tells
 * the public caches, on every node, once.
 */
@Startup
@DependsOn("DatabaseMigrations") // its timer reads tables the migrations create
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ThumbnailBackfillTimer {

    private static final Logger LOG = Logger.getLogger(ThumbnailBackfillTimer.class.getName());

    static final Duration BUDGET = Duration.ofSeconds(20);

    @Inject
    ThumbnailBackfill backfill;

    @Inject
    Event<PublicDataChanged> publicChanges;

    /** How many images one run gave variants to, and how many it could not. */
    public record Run(int made, int failed) {}

    /** Set when libwebp cannot be loaded here: no node-wide retry every minute, uploads still work. */
    private volatile boolean disabled;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void everyMinute() {
        if (disabled) {
            return;
        }
        try {
            Run run = run(BUDGET);
            if (run.made() + run.failed() > 0) {
                LOG.info(() -> "Thumbnail backfill: variants made for " + run.made() + " image(s); " + run.failed()
                        + " could not be made (product_image.variants_error says why)");
            }
        } catch (LinkageError e) {
            disabled = true;
            LOG.log(Level.SEVERE, "Thumbnail backfill off on this node: the WebP encoder cannot be loaded", e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Thumbnail backfill stopped; the next run goes on", e);
        }
    }

    /** Makes variants until no image lacks them or {@code budget} is spent (checked between images). */
    public Run run(Duration budget) {
        Instant end = Instant.now().plus(budget);
        int made = 0;
        int failed = 0;
        long after = 0;
        while (Instant.now().isBefore(end)) {
            Optional<ThumbnailBackfill.Step> step = backfill.next(after);
            if (step.isEmpty()) {
                break;
            }
            after = step.get().imageId();
            if (step.get().made()) {
                made++;
            } else {
                failed++;
            }
        }
        if (made > 0) { // once a run, not once an image: cached lists and details point at the new variants
            publicChanges.fire(new PublicDataChanged("image variants made"));
        }
        return new Run(made, failed);
    }
}
