package com.niasotac.djangoimport.service;

import com.niasotac.djangoimport.source.SourceRow;
import com.niasotac.newsletter.domain.EmailAddresses;
import com.niasotac.newsletter.domain.NewsletterTokens;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Newsletter subscribers with their state and dates. Django's confirmation token (a uuid4 hex, mailed in
 * {@code /newsletter/confirm/<token>/}) is stored hashed as this application stores its own, so links already
 * mailed confirm here; their 7 days of validity (and the 30 days before an unconfirmed address is purged) count
 * from the import that brought the token in. Django mailed no unsubscribe token: every mail this application
 * sends carries one of its own (stored hashed, on the mail's log row), imported subscribers' included.
 */
final class SubscriberImport implements EntityImport<SubscriberImport.DjangoSubscriber, SubscriberImport.Values> {

    static final String ENTITY = "newsletter subscribers";

    record DjangoSubscriber(long id, String rawEmail, String tags, Values values) {}

    record Values(
            String email,
            String name,
            String source,
            List<String> tags,
            boolean confirmed,
            Instant confirmedAt,
            boolean subscribed,
            Instant unsubscribedAt,
            String confirmTokenHash,
            Instant createdAt) {}

    @Override
    public String entity() {
        return ENTITY;
    }

    @Override
    public String sourceQuery() {
        return """
                SELECT id, email, name, subscribed, confirmed, confirmation_token, source, tags, created_at,
                       confirmed_at, unsubscribed_at
                FROM showcase_newslettersubscriber ORDER BY id""";
    }

    @Override
    public String presentIdsQuery() {
        return "SELECT id FROM showcase_newslettersubscriber ORDER BY id";
    }

    @Override
    public DjangoSubscriber read(SourceRow r) throws SQLException {
        String token = r.textOrNull("confirmation_token");
        return new DjangoSubscriber(
                r.id("id"),
                r.text("email"),
                r.text("tags"),
                new Values(
                        null,
                        r.textOrNull("name"),
                        r.textOrNull("source"),
                        List.of(),
                        r.bool("confirmed"),
                        r.instant("confirmed_at"),
                        r.bool("subscribed"),
                        r.instant("unsubscribed_at"),
                        token == null ? null : NewsletterTokens.hash(token.strip()),
                        r.instant("created_at")));
    }

    @Override
    public long oldId(DjangoSubscriber row) {
        return row.id();
    }

    @Override
    public String describe(DjangoSubscriber row) {
        return row.rawEmail();
    }

    @Override
    public Plan<Values> plan(DjangoSubscriber row, ImportContext context) {
        Optional<String> email = EmailAddresses.normalise(row.rawEmail());
        if (email.isEmpty()) {
            return Plan.refuse("not an address this application can mail");
        }
        Values v = row.values();
        if (v.name() != null && v.name().length() > 120
                || v.source() != null && v.source().length() > 60) {
            return Plan.refuse("a name over 120 or a source over 60 characters (the lengths kept here)");
        }
        // Django keeps tags as one comma-separated text ("promo, gaming"); here they are a list.
        List<String> tags = Stream.of(row.tags().split(","))
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .distinct()
                .toList();
        return Plan.write(new Values(
                email.get(),
                v.name(),
                v.source(),
                tags,
                v.confirmed(),
                v.confirmedAt(),
                v.subscribed(),
                v.unsubscribedAt(),
                v.confirmTokenHash(),
                v.createdAt()));
    }

    @Override
    public long insert(Tx tx, Values v) throws SQLException {
        return Sql.insert(
                tx.connection(),
                """
                INSERT INTO newsletter_subscriber (email, name, source, tags, confirmed, confirmed_at, subscribed,
                    unsubscribed_at, confirm_token_hash, confirm_token_created_at, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CASE WHEN CAST(? AS varchar) IS NULL THEN NULL ELSE now() END, ?, now())
                RETURNING id""",
                v.email(),
                v.name(),
                v.source(),
                new Sql.TextArray(v.tags()),
                v.confirmed(),
                v.confirmedAt(),
                v.subscribed(),
                v.unsubscribedAt(),
                v.confirmTokenHash(),
                v.confirmTokenHash(),
                v.createdAt());
    }

    /** A confirmation token's validity restarts only when Django's token changed. */
    @Override
    public boolean update(Tx tx, long newId, Values v) throws SQLException {
        return Sql.update(
                        tx.connection(),
                        """
                        UPDATE newsletter_subscriber SET email = ?, name = ?, source = ?, tags = ?, confirmed = ?,
                            confirmed_at = ?, subscribed = ?, unsubscribed_at = ?,
                            confirm_token_created_at = CASE WHEN confirm_token_hash IS NOT DISTINCT FROM ?
                                THEN confirm_token_created_at ELSE now() END,
                            confirm_token_hash = ?, created_at = ?, updated_at = now()
                        WHERE id = ?""",
                        v.email(),
                        v.name(),
                        v.source(),
                        new Sql.TextArray(v.tags()),
                        v.confirmed(),
                        v.confirmedAt(),
                        v.subscribed(),
                        v.unsubscribedAt(),
                        v.confirmTokenHash(),
                        v.confirmTokenHash(),
                        v.createdAt(),
                        newId)
                == 1;
    }

    @Override
    public void delete(Tx tx, long newId) throws SQLException {
        Sql.update(tx.connection(), "DELETE FROM newsletter_subscriber WHERE id = ?", newId);
    }
}
