package com.niasotac.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs work only once the current transaction has committed, e.g. deleting the files of deleted rows: a
 * rolled-back delete keeps its files, a committed one loses them. Failures are logged, never thrown.
 */
@ApplicationScoped
public class AfterCommit {

    private static final Logger LOG = Logger.getLogger(AfterCommit.class.getName());

    @Resource
    TransactionSynchronizationRegistry registry;

    public void run(String what, Runnable work) {
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    try {
                        work.run();
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, e, () -> "After commit, could not " + what);
                    }
                }
            }
        });
    }
}
