package com.niasotac.newsletter.subscriber;

import static com.niasotac.platform.persistence.Rows.bool;
import static com.niasotac.platform.persistence.Rows.instant;
import static com.niasotac.platform.persistence.Rows.longValue;
import static com.niasotac.platform.persistence.Rows.string;

import com.niasotac.audit.service.AuditTrail;
import com.niasotac.platform.api.ApiException;
import com.niasotac.platform.api.ErrorCode;
import com.niasotac.platform.api.Ordering;
import com.niasotac.platform.api.PageRequest;
import com.niasotac.platform.persistence.AfterCommit;
import com.niasotac.platform.persistence.Like;
import com.niasotac.platform.persistence.SqlQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Double opt-in: subscribing stores a pending address and mails a single-use confirmation link; only
 * confirmed, subscribed addresses receive campaigns. Answers never tell whether an address was known.
 */
@ApplicationScoped
public class SubscriberService {

    static final Duration CONFIRMATION_VALIDITY = Duration.ofDays(7);
    /** A pending address gets no new confirmation mail sooner than this: a form cannot mail-bomb someone. */
    static final int RESEND_AFTER_MINUTES = 10;

    static final String UNCONFIRMED_KEPT = "30 days";

    public static final Map<String, String> ORDERING = Map.of(
            "email", "s.email",
            "created_at", "s.created_at",
            "confirmed_at", "s.confirmed_at");
    public static final Ordering DEFAULT_ORDERING = new Ordering("s.created_at", true);

    static final String COLUMNS =
            "s.id, s.email, s.name, s.source, s.tags, s.confirmed, s.confirmed_at, s.subscribed, s.unsubscribed_at,"
                    + " s.created_at, s.updated_at";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    AfterCommit afterCommit;

    @Inject
    ConfirmationMails confirmationMails;

    /**
     * One statement whatever the address's state: a new address is inserted; an unsubscribed one, or a
     * pending one whose last mail is older than {@link #RESEND_AFTER_MINUTES}, gets a fresh token (and must
     * confirm again); a confirmed, subscribed one is left untouched.
     */
    @Transactional
    public void subscribe(String email, String name, String source, List<String> tags) {
        String token = NewsletterTokens.random();
        @SuppressWarnings("unchecked")
        List<Object[]> pending = em.createNativeQuery(
                        """
                        INSERT INTO newsletter_subscriber AS s
                            (email, name, source, tags, confirm_token_hash, confirm_token_created_at)
                        VALUES (?1, ?2, ?3, string_to_array(?4, ','), ?5, now())
                        ON CONFLICT (lower(email)) DO UPDATE SET
                            confirm_token_hash = EXCLUDED.confirm_token_hash, confirm_token_created_at = now(),
                            confirmed = false, confirmed_at = NULL, subscribed = true, unsubscribed_at = NULL,
                            name = coalesce(EXCLUDED.name, s.name), source = coalesce(s.source, EXCLUDED.source),
                            tags = ARRAY(SELECT DISTINCT t FROM unnest(s.tags || EXCLUDED.tags) AS t ORDER BY t),
                            updated_at = now()
                        WHERE NOT (s.confirmed AND s.subscribed)
                          AND (s.confirmed OR s.confirm_token_created_at IS NULL
                               OR s.confirm_token_created_at < now() - make_interval(mins => ?6))
                        RETURNING s.email, s.name""")
                .setParameter(1, email)
                .setParameter(2, name)
                .setParameter(3, blankToNull(source))
                .setParameter(4, String.join(",", tags))
                .setParameter(5, NewsletterTokens.hash(token))
                .setParameter(6, RESEND_AFTER_MINUTES)
                .getResultList();
        pending.forEach(row -> afterCommit.run(
                "mail a newsletter confirmation",
                () -> confirmationMails.sendLater(string(row[0]), string(row[1]), token)));
    }

    @Transactional
    public SubscriberResponses.Status confirm(String token) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery(
                        """
                        SELECT id, confirmed, confirm_token_created_at FROM newsletter_subscriber
                        WHERE confirm_token_hash = ?1 FOR UPDATE""")
                .setParameter(1, NewsletterTokens.hash(token))
                .getResultList();
        Object[] row = found.stream().findFirst().orElseThrow(() -> ApiException.notFound("Confirmation token"));
        if (bool(row[1])) {
            return new SubscriberResponses.Status("already_confirmed");
        }
        if (instant(row[2]).plus(CONFIRMATION_VALIDITY).isBefore(Instant.now())) {
            throw new ApiException(
                    ErrorCode.BAD_REQUEST,
                    "token_expired",
                    "This confirmation link has expired; subscribe again to get a new one.",
                    Map.of());
        }
        em.createNativeQuery(
                        """
                        UPDATE newsletter_subscriber SET confirmed = true, confirmed_at = now(), updated_at = now()
                        WHERE id = ?1""")
                .setParameter(1, longValue(row[0]))
                .executeUpdate();
        return new SubscriberResponses.Status("confirmed");
    }

    /** By the subscriber's own token only; repeating it changes nothing. */
    @Transactional
    public SubscriberResponses.Status unsubscribe(String token) {
        if (!unsubscribeIfKnown(token)) {
            throw ApiException.notFound("Unsubscribe token");
        }
        return new SubscriberResponses.Status("unsubscribed");
    }

    /**
     * The subscriber an unsubscribe token stands for: the token of one campaign mail (on its send-log row), or
     * one from before per-mail tokens (on the subscriber). Only hashes are stored.
     */
    static final String BY_UNSUBSCRIBE_TOKEN =
            """
            (s.unsubscribe_token_hash = ?1
             OR s.id = (SELECT l.subscriber_id FROM newsletter_send_log l WHERE l.unsubscribe_token_hash = ?1))""";

    /** Whether the address of this unsubscribe token still receives the newsletter; empty for an unknown token. */
    public Optional<Boolean> subscribedByUnsubscribeToken(String token) {
        @SuppressWarnings("unchecked")
        List<Object> found = em.createNativeQuery(
                        "SELECT s.subscribed FROM newsletter_subscriber s WHERE " + BY_UNSUBSCRIBE_TOKEN)
                .setParameter(1, NewsletterTokens.hash(token))
                .getResultList();
        return found.stream().findFirst().map(subscribed -> (Boolean) subscribed);
    }

    /** Unsubscribes the address of this token; false when no address has it. */
    @Transactional
    public boolean unsubscribeIfKnown(String token) {
        int updated = em.createNativeQuery(
                        """
                        UPDATE newsletter_subscriber s
                        SET unsubscribed_at = CASE WHEN s.subscribed THEN now() ELSE s.unsubscribed_at END,
                            subscribed = false, updated_at = now()
                        WHERE """
                                + BY_UNSUBSCRIBE_TOKEN)
                .setParameter(1, NewsletterTokens.hash(token))
                .executeUpdate();
        return updated > 0;
    }

    public record SubscriberList(long count, List<SubscriberResponses.Subscriber> results) {}

    public SubscriberList list(SubscriberFilter filter, PageRequest page, Ordering ordering) {
        SqlQuery count =
                filtered(new SqlQuery().append("SELECT count(*) FROM newsletter_subscriber s WHERE true"), filter);
        SqlQuery rows = filtered(
                        new SqlQuery().append("SELECT " + COLUMNS + " FROM newsletter_subscriber s WHERE true"), filter)
                .append(
                        " ORDER BY " + ordering.sql() + " NULLS LAST, s.id LIMIT ? OFFSET ?",
                        page.pageSize(),
                        page.offset());
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.create(em).getResultList();
        return new SubscriberList(
                ((Number) count.create(em).getSingleResult()).longValue(),
                found.stream().map(SubscriberService::subscriber).toList());
    }

    @Transactional
    public int bulk(String action, List<Long> ids) {
        String change =
                switch (action) {
                    case "mark_confirmed" -> "confirmed = true, confirmed_at = coalesce(confirmed_at, now())";
                    case "mark_unconfirmed" -> "confirmed = false, confirmed_at = NULL";
                    case "unsubscribe" -> "unsubscribed_at = CASE WHEN subscribed THEN now() ELSE unsubscribed_at END,"
                            + " subscribed = false";
                    case "resubscribe" -> "subscribed = true, unsubscribed_at = NULL";
                    default -> throw ApiException.invalidField(
                            "action", "must be mark_confirmed, mark_unconfirmed, unsubscribe or resubscribe");
                };
        Long[] distinct = ids.stream().distinct().toArray(Long[]::new);
        Map<Long, Audited> before = audited(distinct);
        int updated = new SqlQuery()
                .append(
                        "UPDATE newsletter_subscriber SET " + change + ", updated_at = now() WHERE id = ANY(?)",
                        (Object) distinct)
                .create(em)
                .executeUpdate();
        audited(distinct).forEach((id, after) -> audit.updated(AUDIT_ENTITY, id, label(id), before.get(id), after));
        return updated;
    }

    /** What staff may change of one subscriber; absent fields keep their value. */
    public record Change(
            Optional<String> name,
            Optional<String> source,
            Optional<List<String>> tags,
            Optional<Boolean> confirmed,
            Optional<Boolean> subscribed) {}

    public SubscriberResponses.Subscriber get(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery(
                        "SELECT " + COLUMNS + " FROM newsletter_subscriber s WHERE s.id = ?1")
                .setParameter(1, id)
                .getResultList();
        return found.stream()
                .findFirst()
                .map(SubscriberService::subscriber)
                .orElseThrow(() -> ApiException.notFound("Subscriber"));
    }

    @Transactional
    public SubscriberResponses.Subscriber update(long id, Change change) {
        SubscriberResponses.Subscriber current = get(id);
        boolean confirmed = change.confirmed().orElse(current.confirmed());
        boolean subscribed = change.subscribed().orElse(current.subscribed());
        Map<Long, Audited> before = audited(new Long[] {id});
        em.createNativeQuery(
                        """
                        UPDATE newsletter_subscriber SET name = ?2, source = ?3, tags = string_to_array(?4, ','),
                            confirmed = ?5, confirmed_at = CASE WHEN ?5 THEN coalesce(confirmed_at, now()) END,
                            subscribed = ?6,
                            unsubscribed_at = CASE WHEN ?6 THEN NULL ELSE coalesce(unsubscribed_at, now()) END,
                            updated_at = now()
                        WHERE id = ?1""")
                .setParameter(1, id)
                .setParameter(
                        2, change.name().isPresent() ? blankToNull(change.name().get()) : current.name())
                .setParameter(
                        3,
                        change.source().isPresent()
                                ? blankToNull(change.source().get())
                                : current.source())
                .setParameter(4, String.join(",", change.tags().orElse(current.tags())))
                .setParameter(5, confirmed)
                .setParameter(6, subscribed)
                .executeUpdate();
        audit.updated(
                AUDIT_ENTITY,
                id,
                label(id),
                before.get(id),
                audited(new Long[] {id}).get(id));
        return get(id);
    }

    /**
     * Forgets a person who asks it: the row and its address go; the mails already sent stay counted in their
     * campaigns, their logs without the address (an SMTP error quoting it included). The history names the
     * subscriber by number only, so nothing of the address remains anywhere.
     */
    @Transactional
    public void erase(long id) {
        SubscriberResponses.Subscriber current = get(id);
        Audited before = audited(new Long[] {id}).get(id);
        em.createNativeQuery(
                        """
                        UPDATE newsletter_send_log SET email = NULL,
                            error = regexp_replace(error, ?2, '[adresse effacée]', 'gi')
                        WHERE subscriber_id = ?1""")
                .setParameter(1, id)
                // the address as a literal pattern: every character that is not a letter or digit escaped
                .setParameter(2, current.email().replaceAll("([^A-Za-z0-9])", "\\\\$1"))
                .executeUpdate();
        em.createNativeQuery("DELETE FROM newsletter_subscriber WHERE id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        audit.deleted(AUDIT_ENTITY, id, label(id), before);
    }

    static final String AUDIT_ENTITY = "subscriber";

    /** A subscriber as the history records it: never the address or the name (see {@link #erase}). */
    public record Audited(String source, List<String> tags, boolean confirmed, boolean subscribed) {}

    private Map<Long, Audited> audited(Long[] ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT id, source, tags, confirmed, subscribed FROM newsletter_subscriber WHERE id = ANY(?1)")
                .setParameter(1, ids)
                .getResultList();
        Map<Long, Audited> states = new java.util.HashMap<>();
        rows.forEach(r -> states.put(longValue(r[0]), new Audited(string(r[1]), tags(r[2]), bool(r[3]), bool(r[4]))));
        return states;
    }

    private static String label(long id) {
        return "#" + id;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Pending addresses whose last request is older than 30 days; answers how many were deleted. */
    @Transactional
    public int purgeUnconfirmed() {
        return em.createNativeQuery(
                        """
                        DELETE FROM newsletter_subscriber
                        WHERE NOT confirmed AND coalesce(confirm_token_created_at, created_at) < now() - interval '"""
                                + UNCONFIRMED_KEPT + "'")
                .executeUpdate();
    }

    private static SqlQuery filtered(SqlQuery query, SubscriberFilter f) {
        f.confirmed().ifPresent(confirmed -> query.and("s.confirmed = ?", confirmed));
        f.subscribed().ifPresent(subscribed -> query.and("s.subscribed = ?", subscribed));
        f.source().ifPresent(source -> query.and("s.source = ?", source));
        f.tag().ifPresent(tag -> query.and("? = ANY(s.tags)", tag));
        f.email().ifPresent(email -> query.and("lower(s.email) LIKE lower(?)", Like.contains(email)));
        f.name().ifPresent(name -> query.and("niasotac_fold(s.name) LIKE niasotac_fold(?)", Like.contains(name)));
        f.search()
                .ifPresent(text -> query.and(
                        "lower(s.email) LIKE lower(?) OR niasotac_fold(s.name) LIKE niasotac_fold(?)",
                        Like.contains(text),
                        Like.contains(text)));
        return query;
    }

    private static SubscriberResponses.Subscriber subscriber(Object[] row) {
        return new SubscriberResponses.Subscriber(
                longValue(row[0]),
                string(row[1]),
                string(row[2]),
                string(row[3]),
                tags(row[4]),
                bool(row[5]),
                instant(row[6]),
                bool(row[7]),
                instant(row[8]),
                instant(row[9]),
                instant(row[10]));
    }

    static List<String> tags(Object value) {
        try {
            if (value instanceof Array array) {
                return Arrays.asList((String[]) array.getArray());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return value instanceof String[] strings ? Arrays.asList(strings) : List.of();
    }
}
