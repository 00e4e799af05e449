package com.niasotac.catalog.product.service;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;

/** Writes the buffered product views every two seconds, and once more when the application stops. */
@Startup
@DependsOn("DatabaseMigrations") // its timers read tables the migrations create
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ViewCountFlusher {

    @Inject
    ViewCounter counter;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void flush() {
        if (running.compareAndSet(false, true)) { // never two flushes at once on one node
            try {
                counter.flush();
            } catch (RuntimeException e) {
                // logged by ViewCounter; the counts are kept for the next tick
            } finally {
                running.set(false);
            }
        }
    }

    @PreDestroy
    void flushOnShutdown() {
        flush();
    }
}
