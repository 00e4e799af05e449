package com.niasotac.platform.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Lets one node, not every node, run a scheduled job: the first INSERT of (job, run key) wins, committed in
 * its own transaction, and the others see the conflict.
 */
@ApplicationScoped
public class JobClaims {

    @PersistenceContext
    EntityManager em;

    /** True for exactly one node per job and UTC day: the daily jobs' "is it mine today?". */
    @Transactional(Transactional.TxType.REQUIRES_NEW) // a call within the bean skips claim's interceptor
    public boolean claimToday(String job) {
        return claim(job, LocalDate.now(ZoneOffset.UTC).toString());
    }

    /** True for exactly one caller per (job, runKey), e.g. ("score-refresh", "2026-11-24"). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String job, String runKey) {
        return em.createNativeQuery(
                                "INSERT INTO scheduled_job_run (job, run_key) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                        .setParameter(1, job)
                        .setParameter(2, runKey)
                        .executeUpdate()
                == 1;
    }
}
