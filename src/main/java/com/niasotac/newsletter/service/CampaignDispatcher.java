package com.niasotac.newsletter.service;

import com.niasotac.newsletter.mail.MailBatch;
import com.niasotac.newsletter.mail.MailFailure;
import com.niasotac.newsletter.mail.Mailer;
import com.niasotac.platform.config.Settings;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends due campaigns, chunk by chunk. Safe to run on several nodes and several times at once: a campaign
 * is held by one run (a lease), a recipient is claimed once (a unique log row), and a run that dies leaves a
 * campaign the next run resumes where it stopped.
 */
@ApplicationScoped
public class CampaignDispatcher {

    private static final Logger LOG = Logger.getLogger(CampaignDispatcher.class.getName());
    static final String MAILS = "niasotac.newsletter.mails";

    @Inject
    DispatchLedger ledger;

    @Inject
    CampaignMails mails;

    @Inject
    Mailer mailer;

    @Inject
    Settings settings;

    @Inject
    MeterRegistry metrics;

    /** The server's node name ({@code jboss.node.name}, its host name by default), cut to fit the lease column. */
    static final String NODE = nodeName(System.getProperty("jboss.node.name", "node"));

    static String nodeName(String name) {
        return name.length() > 20 ? name.substring(0, 20) : name;
    }

    /** Sends every campaign that is due; answers how many it worked on. */
    public int dispatchDue() {
        String owner = NODE + "/run-" + UUID.randomUUID(); // the lease names the node holding it
        List<Long> tried = new ArrayList<>();
        Optional<Long> campaign;
        while ((campaign = ledger.claimDue(owner, tried)).isPresent()) {
            tried.add(campaign.get());
            try {
                send(campaign.get(), owner);
            } catch (RuntimeException e) {
                // The lease runs out and another run resumes; nothing is sent twice.
                LOG.log(Level.SEVERE, e, () -> "Campaign " + tried.get(tried.size() - 1) + " interrupted");
            }
        }
        return tried.size();
    }

    private void send(long campaignId, String owner) {
        DispatchLedger.Content content = ledger.content(campaignId);
        int chunkSize = settings.mail().chunkSize();
        Optional<List<DispatchLedger.Recipient>> chunk;
        while ((chunk = ledger.claimChunk(campaignId, owner, chunkSize)).isPresent()) {
            if (chunk.get().isEmpty()) {
                ledger.finish(campaignId, owner);
                LOG.info(() -> "Campaign " + campaignId + " sent");
                return;
            }
            if (!sendChunk(campaignId, owner, content, chunk.get())) {
                return;
            }
        }
        LOG.info(() -> "Campaign " + campaignId + " stopped: cancelled or taken over");
    }

    /** False when the mail server is unreachable: the rest of the chunk is given back for a later run. */
    private boolean sendChunk(
            long campaignId, String owner, DispatchLedger.Content content, List<DispatchLedger.Recipient> chunk) {
        try (MailBatch batch = mailer.open()) {
            for (DispatchLedger.Recipient recipient : chunk) {
                if (!ledger.begin(recipient.logId())) {
                    continue; // cancelled or taken over meanwhile
                }
                try {
                    batch.send(mails.mail(content, recipient, mailer.defaultFrom()));
                    ledger.complete(recipient.logId(), null);
                    metrics.counter(MAILS, "outcome", "sent").increment();
                } catch (MailFailure e) {
                    ledger.complete(recipient.logId(), e.getMessage());
                    metrics.counter(MAILS, "outcome", "failed").increment();
                    if (e.serverUnavailable() && !batch.usable()) {
                        throw e;
                    }
                }
            }
            return true;
        } catch (MailFailure e) {
            LOG.log(Level.WARNING, "Campaign {0} paused, mail server unavailable: {1}", new Object[] {
                campaignId, e.getMessage()
            });
            ledger.release(campaignId, owner);
            return false;
        }
    }
}
