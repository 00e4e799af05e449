package com.niasotac.catalog.generation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The {@code catalog_generation} the database moves in the same commit as any write that can change what a
 * kept catalog read answers (V14's triggers: product filter columns, categories, category aliases; V16: the
 * columns lists show, images), whichever node or tool wrote, and beside it the count of product writes (V17:
 * any product row, counters included). Reading both is a one-row lookup; what is kept with them is served only
 * while they have not moved, so kept reads are exact, not merely recent.
 */
@ApplicationScoped
public class CatalogGeneration {

    /** The two numbers as one committed state read them; both only grow. */
    public record Version(long catalog, long productWrites) {

        boolean newerThan(Version other) {
            return catalog > other.catalog || (catalog == other.catalog && productWrites > other.productWrites);
        }
    }

    @PersistenceContext
    EntityManager em;

    /**
     * The committed version, or none inside a transaction that has written: its own writes move the numbers
     * only when it commits, so what it reads could hold uncommitted rows under a committed version (and be kept
     * after a rollback).
     */
    public Optional<Version> committed() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT generation, product_writes,"
                        + " txid_current_if_assigned() IS NULL FROM catalog_generation")
                .getSingleResult();
        return Boolean.TRUE.equals(row[2])
                ? Optional.of(new Version(((Number) row[0]).longValue(), ((Number) row[1]).longValue()))
                : Optional.empty();
    }

    /** A new store of reads kept while the catalog generation has not moved, at most {@code maxKept} of them. */
    public <K, V> KeptPerGeneration<K, V> keep(int maxKept) {
        return new KeptPerGeneration<>(this, maxKept, false);
    }

    /**
     * A new store of reads that show product counters (views, clicks, scores, the active flag to staff): kept
     * while neither the generation nor any product row has moved.
     */
    public <K, V> KeptPerGeneration<K, V> keepWhileNoProductIsWritten(int maxKept) {
        return new KeptPerGeneration<>(this, maxKept, true);
    }
}
