package com.niasotac.newsletter.service;

import com.niasotac.platform.config.Settings;
import com.niasotac.platform.schedule.JobClaims;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The newsletter's clocks: every {@code NEWSLETTER_DISPATCH_SECONDS} due campaigns are sent (every node may
 * tick; the database lets one send each campaign), and daily stale unconfirmed subscriptions are purged (by
 * one node, claimed in the database).
 */
@Startup
@DependsOn("DatabaseMigrations") // its timers read tables the migrations create
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NewsletterScheduler {

    private static final Logger LOG = Logger.getLogger(NewsletterScheduler.class.getName());
    static final String PURGE_JOB = "newsletter-purge";

    @Resource
    TimerService timers;

    @Inject
    Settings settings;

    @Inject
    CampaignDispatcher dispatcher;

    @Inject
    SubscriberService subscribers;

    @Inject
    JobClaims claims;

    @PostConstruct
    void start() {
        long every = settings.mail().dispatchInterval().toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("newsletter-dispatch", false));
    }

    @Timeout
    void dispatch() {
        try {
            dispatcher.dispatchDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Campaign dispatch failed; the next tick retries", e);
        }
    }

    @Schedule(hour = "2", minute = "40", persistent = false)
    void purgeUnconfirmed() {
        if (claims.claimToday(PURGE_JOB)) {
            int purged = subscribers.purgeUnconfirmed();
            LOG.info(() -> "Purged " + purged + " unconfirmed newsletter subscription(s) older than 30 days");
        }
    }
}
