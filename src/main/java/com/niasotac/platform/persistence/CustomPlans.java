package com.niasotac.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Reads planned for their own parameters. The driver prepares a statement on the server once it has run five
 * times, and PostgreSQL may then keep one generic plan for every parameter: for {@code LIKE ?} on a trigram
 * index it guesses 50 matches, and a search for a common word then sorted every match (3.2 ms) where the plan
 * for the word itself walks the date index (0.4 ms; docs/performance.md). Costs a transaction and a planning per
 * read, so only for statements whose best plan depends on a pattern.
 */
@ApplicationScoped
public class CustomPlans {

    @PersistenceContext
    EntityManager em;

    @Transactional
    public <T> T read(Supplier<T> read) {
        em.createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate();
        return read.get();
    }
}
