package com.niasotac.newsletter.service;

import com.niasotac.newsletter.domain.NewsletterTokens;
import com.niasotac.platform.config.Settings;
import com.niasotac.platform.persistence.NamedRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Optional;

/**
 * The database side of sending, each step its own short transaction, committed before the next mail goes
 * out. A campaign is held by one sender at a time (a lease, won by a conditional UPDATE); each recipient is
 * claimed by inserting its log row (unique per campaign and subscriber, 'queued'), marked 'sending' just
 * before its mail goes out and completed after.
 */
@ApplicationScoped
public class DispatchLedger {

    static final String INTERRUPTED = "interrupted while sending: delivery unknown, not retried to avoid a duplicate";

    /** Confirmed, subscribed members of campaign {@code c}'s audience with no log row yet. */
    static final String PENDING_RECIPIENTS =
            """
            FROM newsletter_subscriber s
            WHERE s.confirmed AND s.subscribed
              AND (c.audience = 'all'
                   OR (c.audience = 'tag' AND c.audience_tag = ANY(s.tags))
                   OR (c.audience = 'listed' AND EXISTS (SELECT 1 FROM newsletter_campaign_subscriber cs
                                                         WHERE cs.campaign_id = c.id AND cs.subscriber_id = s.id)))
              AND NOT EXISTS (SELECT 1 FROM newsletter_send_log l WHERE l.campaign_id = c.id AND l.subscriber_id = s.id)""";

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    public record Recipient(long logId, String email, String name, String unsubscribeToken) {}

    public record Content(String subject, String plain, String html, String from) {}

    /**
     * Takes one campaign that is due (or whose sender died) for {@code owner}, skipping {@code tried}. A row
     * another node is claiming is skipped, not waited for. What a dead sender left is settled: recipients it
     * claimed but never tried are given back; the one it was sending to is closed as failed, since the mail
     * may have left and must not be sent twice.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Long> claimDue(String owner, List<Long> tried) {
        @SuppressWarnings("unchecked")
        List<Number> claimed = em.createNativeQuery(
                        """
                        UPDATE newsletter_campaign c SET status = 'sending', lease_owner = ?1,
                            lease_until = now() + make_interval(secs => ?2), started_at = coalesce(c.started_at, now()),
                            updated_at = now()
                        WHERE c.id = (SELECT id FROM newsletter_campaign
                                      WHERE ((status = 'scheduled' AND scheduled_at <= now())
                                             OR (status = 'sending' AND lease_until < now()))
                                        AND id <> ALL(CAST(?3 AS bigint[]))
                                      ORDER BY scheduled_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
                        RETURNING c.id""")
                .setParameter(1, owner)
                .setParameter(2, leaseSeconds())
                .setParameter(3, tried.toArray(Long[]::new))
                .getResultList();
        Optional<Long> id = claimed.stream().findFirst().map(Number::longValue);
        id.ifPresent(campaignId -> {
            em.createNativeQuery(
                            """
                            UPDATE newsletter_send_log SET status = 'failed', error = ?2, finished_at = now()
                            WHERE campaign_id = ?1 AND status = 'sending'""")
                    .setParameter(1, campaignId)
                    .setParameter(2, INTERRUPTED)
                    .executeUpdate();
            giveBackQueued(campaignId);
            recount(campaignId); // once per start or takeover; sends then keep the counts up to date
        });
        return id;
    }

    public Content content(long campaignId) {
        NamedRow row = NamedRow.all(NamedRow.query(
                                em,
                                """
                        SELECT t.subject, t.plain_content, t.html_content, t.default_from
                        FROM newsletter_campaign c JOIN newsletter_template t ON t.id = c.template_id WHERE c.id = ?1""")
                        .setParameter(1, campaignId))
                .get(0);
        return new Content(
                row.string("subject"),
                row.string("plain_content"),
                row.string("html_content"),
                row.string("default_from"));
    }

    /**
     * Renews the lease and claims the next {@code size} recipients; empty when the lease is lost (cancelled,
     * or taken over), an empty list when nobody is left.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<List<Recipient>> claimChunk(long campaignId, String owner, int size) {
        if (!renew(campaignId, owner)) {
            return Optional.empty();
        }
        List<NamedRow> rows = NamedRow.all(NamedRow.query(
                        em,
                        """
                        WITH claimed AS (
                            INSERT INTO newsletter_send_log (campaign_id, subscriber_id, email)
                            SELECT c.id, r.id, r.email FROM newsletter_campaign c CROSS JOIN LATERAL (
                                SELECT s.id, s.email\s"""
                                + PENDING_RECIPIENTS
                                + """
                                  AND s.id > coalesce((SELECT max(l.subscriber_id) FROM newsletter_send_log l
                                                       WHERE l.campaign_id = c.id), 0)
                                 ORDER BY s.id LIMIT ?2) r
                            WHERE c.id = ?1
                            ON CONFLICT (campaign_id, subscriber_id) DO NOTHING
                            RETURNING id, subscriber_id, email)
                        SELECT claimed.id, claimed.email, s.name
                        FROM claimed JOIN newsletter_subscriber s ON s.id = claimed.subscriber_id
                        ORDER BY claimed.id""")
                .setParameter(1, campaignId)
                .setParameter(2, size));
        // Each mail gets its own unsubscribe token; the log row keeps only its hash.
        List<Recipient> recipients = rows.stream()
                .map(row -> new Recipient(
                        row.longValue("id"), row.string("email"), row.string("name"), NewsletterTokens.random()))
                .toList();
        if (!recipients.isEmpty()) {
            em.createNativeQuery(
                            """
                            UPDATE newsletter_send_log l SET unsubscribe_token_hash = t.hash
                            FROM unnest(CAST(?1 AS bigint[]), CAST(?2 AS varchar[])) AS t(id, hash) WHERE l.id = t.id""")
                    .setParameter(1, recipients.stream().map(Recipient::logId).toArray(Long[]::new))
                    .setParameter(
                            2,
                            recipients.stream()
                                    .map(r -> NewsletterTokens.hash(r.unsubscribeToken()))
                                    .toArray(String[]::new))
                    .executeUpdate();
        }
        return Optional.of(recipients);
    }

    /**
     * Marks a claimed recipient as being sent to, just before the send; false when it is no longer this
     * sender's to send (the campaign was cancelled or taken over, the claim given back).
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean begin(long logId) {
        return em.createNativeQuery(
                                """
                                UPDATE newsletter_send_log l SET status = 'sending'
                                FROM newsletter_campaign c
                                WHERE l.id = ?1 AND l.status = 'queued' AND c.id = l.campaign_id AND c.status = 'sending'""")
                        .setParameter(1, logId)
                        .executeUpdate()
                == 1;
    }

    /** Closes one recipient's row and adds it to the campaign's counts, in one statement. */
    @Transactional(TxType.REQUIRES_NEW)
    public void complete(long logId, String error) {
        em.createNativeQuery(
                        """
                        WITH done AS (
                            UPDATE newsletter_send_log SET status = ?2, error = ?3, finished_at = now()
                            WHERE id = ?1 AND status = 'sending'
                            RETURNING campaign_id, status)
                        UPDATE newsletter_campaign c SET sent_count = c.sent_count + (done.status = 'sent')::int,
                                                         failed_count = c.failed_count + (done.status = 'failed')::int
                        FROM done WHERE c.id = done.campaign_id""")
                .setParameter(1, logId)
                .setParameter(2, error == null ? "sent" : "failed")
                .setParameter(3, error == null ? null : error.substring(0, Math.min(error.length(), 500)))
                .executeUpdate();
    }

    /**
     * Gives back the recipients claimed but not tried (SMTP unreachable) and the campaign's lease, so the
     * next run, on any node, picks both up.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void release(long campaignId, String owner) {
        giveBackQueued(campaignId);
        em.createNativeQuery(
                        """
                        UPDATE newsletter_campaign SET lease_until = now(), updated_at = now()
                        WHERE id = ?1 AND lease_owner = ?2 AND status = 'sending'""")
                .setParameter(1, campaignId)
                .setParameter(2, owner)
                .executeUpdate();
        recount(campaignId);
    }

    /** Nobody left: the campaign is sent, with its final counts. */
    @Transactional(TxType.REQUIRES_NEW)
    public void finish(long campaignId, String owner) {
        em.createNativeQuery(
                        """
                        UPDATE newsletter_campaign SET status = 'sent', finished_at = now(), lease_owner = NULL,
                            lease_until = NULL, updated_at = now()
                        WHERE id = ?1 AND lease_owner = ?2 AND status = 'sending'""")
                .setParameter(1, campaignId)
                .setParameter(2, owner)
                .executeUpdate();
        recount(campaignId);
    }

    private boolean renew(long campaignId, String owner) {
        boolean held = em.createNativeQuery(
                                """
                                UPDATE newsletter_campaign SET lease_until = now() + make_interval(secs => ?3)
                                WHERE id = ?1 AND lease_owner = ?2 AND status = 'sending'""")
                        .setParameter(1, campaignId)
                        .setParameter(2, owner)
                        .setParameter(3, leaseSeconds())
                        .executeUpdate()
                == 1;
        return held;
    }

    /** {@code NEWSLETTER_LEASE_SECONDS}: longer than the slowest chunk can take. */
    private long leaseSeconds() {
        return settings.mail().senderLease().toSeconds();
    }

    /** Claimed, never tried: deleting the claim puts the recipient back among the pending ones. */
    void giveBackQueued(long campaignId) {
        em.createNativeQuery("DELETE FROM newsletter_send_log WHERE campaign_id = ?1 AND status = 'queued'")
                .setParameter(1, campaignId)
                .executeUpdate();
    }

    /**
     * Counts from the log, so they are right whoever sent what. Linear in the audience, so it runs when a
     * campaign starts, pauses, finishes or is cancelled, never per chunk. Joins the caller's transaction.
     */
    void recount(long campaignId) {
        em.createNativeQuery(
                        """
                        UPDATE newsletter_campaign c SET
                            sent_count = (SELECT count(*) FROM newsletter_send_log l
                                          WHERE l.campaign_id = c.id AND l.status = 'sent'),
                            failed_count = (SELECT count(*) FROM newsletter_send_log l
                                            WHERE l.campaign_id = c.id AND l.status = 'failed'),
                            recipients_count = (SELECT count(*) FROM newsletter_send_log l WHERE l.campaign_id = c.id)
                                + CASE WHEN c.status = 'sending' THEN (SELECT count(*)\s"""
                                + PENDING_RECIPIENTS
                                + """
                                ) ELSE 0 END
                        WHERE c.id = ?1""")
                .setParameter(1, campaignId)
                .executeUpdate();
    }
}
