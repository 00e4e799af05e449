package com.niasotac.catalog.generation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.OptionalLong;

/**
 * The {@code catalog_generation} the database moves in the same commit as any write that can change what a
 * kept catalog read answers (V14's triggers: product filter columns, categories, category aliases), whichever
 * node or tool wrote. Reading it is a one-row lookup; what is kept with it is served only while it has not
 * moved, so kept reads are exact, not merely recent.
 */
@ApplicationScoped
public class CatalogGeneration {

    @PersistenceContext
    EntityManager em;

    /**
     * The committed generation, or none inside a transaction that has written: its own writes move the
     * generation only when it commits, so what it reads could hold uncommitted rows under a committed
     * generation (and be kept after a rollback).
     */
    public OptionalLong committed() {
        Object[] row = (Object[])
                em.createNativeQuery("SELECT generation, txid_current_if_assigned() IS NULL FROM catalog_generation")
                        .getSingleResult();
        return Boolean.TRUE.equals(row[1]) ? OptionalLong.of(((Number) row[0]).longValue()) : OptionalLong.empty();
    }

    /** A new store of reads kept with this generation, at most {@code maxKept} of them. */
    public <K, V> KeptPerGeneration<K, V> keep(int maxKept) {
        return new KeptPerGeneration<>(this, maxKept);
    }
}
