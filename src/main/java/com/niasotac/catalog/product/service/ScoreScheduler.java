package com.niasotac.catalog.product.service;

import com.niasotac.platform.schedule.JobClaims;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When scores are recomputed: in the background after a product change commits (never blocking the request),
 * and daily for the whole catalog, since novelty and recency change with time alone. The daily run is claimed
 * in the database so only one node of several does it.
 */
@Startup
@DependsOn("DatabaseMigrations") // its timers read tables the migrations create
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScoreScheduler {

    private static final Logger LOG = Logger.getLogger(ScoreScheduler.class.getName());
    static final String DAILY_JOB = "score-refresh";

    @Inject
    ScoreRefresher refresher;

    @Inject
    JobClaims claims;

    @Resource
    ManagedExecutorService executor;

    public void afterProductsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProductsChanged change) {
        executor.submit(() -> {
            try {
                refresher.refreshCategoriesOf(change.productIds());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Score refresh after a change failed; the daily run will catch up", e);
            }
        });
    }

    @Schedule(hour = "3", minute = "15", persistent = false)
    void daily() {
        if (claims.claimToday(DAILY_JOB)) {
            int count = refresher.refreshAll();
            LOG.info(() -> "Daily score refresh: " + count + " products");
        }
    }
}
