package com.niasotac.catalog.product.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Product views, counted in memory and written every few seconds ({@link ViewCountFlusher}) as one atomic
 * increment per product: a product page is then a pure read, and no view is lost (a failed write puts its
 * counts back; shutdown writes what is left). Every node flushes its own counts, so several nodes add up.
 */
@ApplicationScoped
public class ViewCounter {

    private static final Logger LOG = Logger.getLogger(ViewCounter.class.getName());

    private final PendingCounts pending = new PendingCounts();

    @PersistenceContext
    EntityManager em;

    /** Counts one view; returns the views of this product waiting on this node to be written. */
    public long record(long productId) {
        return pending.add(productId, 1);
    }

    /** Writes the pending views; returns how many were written. */
    @Transactional
    public long flush() {
        Map<Long, Long> drained = pending.drain();
        if (drained.isEmpty()) {
            return 0;
        }
        List<Long> ids = List.copyOf(drained.keySet());
        List<Long> counts = List.copyOf(drained.values());
        try {
            em.createNativeQuery(
                            """
                            WITH counts AS (SELECT * FROM unnest(CAST(?1 AS bigint[]), CAST(?2 AS bigint[])) AS c(id, views)),
                            bumped AS (
                                UPDATE product p SET view_count = p.view_count + c.views, last_viewed_at = now()
                                FROM counts c WHERE p.id = c.id
                                RETURNING p.id, c.views
                            )
                            INSERT INTO product_view_day (product_id, day, views)
                            SELECT id, (now() AT TIME ZONE 'UTC')::date, views FROM bumped
                            ON CONFLICT (product_id, day) DO UPDATE SET views = product_view_day.views + EXCLUDED.views""")
                    .setParameter(1, ids.toArray(Long[]::new))
                    .setParameter(2, counts.toArray(Long[]::new))
                    .executeUpdate();
        } catch (RuntimeException e) {
            drained.forEach(pending::add);
            LOG.log(Level.WARNING, "Could not write product views; kept them for the next attempt", e);
            throw e;
        }
        return counts.stream().mapToLong(Long::longValue).sum();
    }
}
