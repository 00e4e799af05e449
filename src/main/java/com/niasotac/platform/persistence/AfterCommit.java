package com.niasotac.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs work only once the current transaction has committed, e.g. deleting the files of deleted rows: a
 * rolled-back delete keeps its files, a committed one loses them. Failures are logged, never thrown. It is the
 * same mechanism as every other after-commit reaction here (a CDI observer {@code during = AFTER_SUCCESS}), for
 * work that is a task rather than a named change.
 */
@ApplicationScoped
public class AfterCommit {

    private static final Logger LOG = Logger.getLogger(AfterCommit.class.getName());

    /** One piece of work waiting for the commit; {@code what} names it in the log if it fails. */
    public record Work(String what, Runnable task) {}

    @Inject
    Event<Work> pending;

    public void run(String what, Runnable task) {
        pending.fire(new Work(what, task));
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Work work) {
        try {
            work.task().run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "After commit, could not " + work.what());
        }
    }
}
