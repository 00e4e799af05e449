package com.niasotac.newsletter.it;

import static com.niasotac.it.support.EnvelopeAssertions.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.Json;
import com.niasotac.it.support.TestDatabase;
import com.niasotac.it.support.Tokens;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Staff's subscriber record: read, change, mark unconfirmed in bulk, and erase a person who asks to be forgotten. */
@ExtendWith(ArquillianExtension.class)
class SubscriberAdminIT {

    static String[] staff;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void signIn() {
        staff = Api.bearer(Tokens.access(TestDatabase.createUser("subscribers-staff", "staff", true)));
    }

    static String address() {
        return "awa." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    static long subscriber(String email, boolean confirmed) {
        return TestDatabase.count(
                """
                INSERT INTO newsletter_subscriber (email, name, source, tags, confirmed, confirmed_at)
                VALUES (?, 'Awa Houngbédji', 'footer', '{promo}', ?, CASE WHEN ? THEN now() END) RETURNING id""",
                email,
                confirmed,
                confirmed);
    }

    static String path(long id) {
        return "/api/v1/newsletter/subscribers/" + id;
    }

    @Test
    void oneSubscriberIsReadAndChangedFieldByField() {
        String email = address();
        long id = subscriber(email, true);

        JsonObject read = Api.get(path(id), staff).data();
        ApiResponse changed = Api.patch(path(id), Json.object("tags", List.of("VIP", "vip", "cotonou")), staff);

        assertThat(read.getString("email")).isEqualTo(email);
        assertThat(read.getString("name")).isEqualTo("Awa Houngbédji");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.data().getJsonArray("tags").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .containsExactly("vip", "cotonou");
        assertThat(changed.data().getString("name")).as("untouched").isEqualTo("Awa Houngbédji");
        assertThat(changed.data().getBoolean("confirmed")).isTrue();

        JsonObject unconfirmed = Api.patch(path(id), Json.object("confirmed", false, "name", "Awa H."), staff)
                .data();
        assertThat(unconfirmed.getBoolean("confirmed")).isFalse();
        assertThat(unconfirmed.isNull("confirmed_at")).isTrue();
        assertThat(unconfirmed.getString("name")).isEqualTo("Awa H.");
    }

    @Test
    void badChangesAre400AndChangeNothing() {
        long id = subscriber(address(), true);
        String before = Api.get(path(id), staff).body();

        assertFailure(Api.patch(path(id), Json.object("tags", List.of("pas un tag!")), staff), 400, "validation_error");
        assertFailure(Api.patch(path(id), Json.object("confirmed", "peut-être"), staff), 400, "validation_error");
        assertFailure(Api.get("/api/v1/newsletter/subscribers/999999999", staff), 404, "not_found");
        assertFailure(Api.send("DELETE", "/api/v1/newsletter/subscribers/999999999", null, staff), 404, "not_found");
        assertFailure(Api.get(path(id)), 401, "not_authenticated");

        assertThat(Api.get(path(id), staff).body()).isEqualTo(before);
    }

    @Test
    void markUnconfirmedInBulk() {
        long first = subscriber(address(), true);
        long second = subscriber(address(), true);
        long untouched = subscriber(address(), true);

        ApiResponse bulk = Api.post(
                "/api/v1/newsletter/subscribers/bulk",
                Json.object("action", "mark_unconfirmed", "ids", List.of(first, second)),
                staff);

        assertThat(bulk.status()).as(bulk.toString()).isEqualTo(200);
        assertThat(Api.get(path(first), staff).data().getBoolean("confirmed")).isFalse();
        assertThat(Api.get(path(second), staff).data().getBoolean("confirmed")).isFalse();
        assertThat(Api.get(path(untouched), staff).data().getBoolean("confirmed"))
                .isTrue();
    }

    @Test
    void erasingASubscriberRemovesTheAddressFromEveryTableAndKeepsTheCounts() {
        String email = address();
        long id = subscriber(email, true);
        Api.patch(path(id), Json.object("tags", List.of("efface")), staff); // a history row about this person
        long sent = campaign("sent", 1, 0);
        long bounced = campaign("sent", 0, 1);
        log(sent, id, email, "sent", null);
        log(
                bounced,
                id,
                email,
                "failed",
                "550 5.1.1 <" + email.toUpperCase() + ">: mailbox unavailable (" + email + ")");
        long other = subscriber(address(), true);
        log(sent, other, "someone.else@example.com", "sent", null);
        assertThat(occurrences(email)).as("the address is there before").isNotEmpty();

        ApiResponse erased = Api.send("DELETE", path(id), null, staff);

        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertThat(occurrences(email)).as("columns still holding the address").isEmpty();
        assertFailure(Api.get(path(id), staff), 404, "not_found");
        assertThat(TestDatabase.text(
                        "SELECT string_agg(status || ' ' || coalesce(email, '-'), ', ' ORDER BY id) FROM newsletter_send_log"
                                + " WHERE campaign_id IN (?, ?)",
                        sent,
                        bounced))
                .as("the mails stay on record, without the address")
                .isEqualTo("sent -, failed -, sent someone.else@example.com");
        assertThat(TestDatabase.text("SELECT error FROM newsletter_send_log WHERE campaign_id = ?", bounced))
                .isEqualTo("550 5.1.1 <[adresse effacée]>: mailbox unavailable ([adresse effacée])");
        assertThat(TestDatabase.text(
                        "SELECT string_agg(sent_count || '/' || failed_count, ' ' ORDER BY id) FROM newsletter_campaign"
                                + " WHERE id IN (?, ?)",
                        sent,
                        bounced))
                .isEqualTo("1/0 0/1");
        JsonObject history = Api.get(
                        "/api/v1/audit-log?entity=subscriber&id=" + id,
                        Api.bearer(Tokens.access(TestDatabase.createUser("subscribers-admin", "admin", true))))
                .data();
        assertThat(history.getJsonArray("results").getValuesAs(JsonObject.class))
                .extracting(row -> row.getString("action"))
                .containsExactly("delete", "update");
    }

    static long campaign(String status, int sentCount, int failedCount) {
        return TestDatabase.count(
                """
                WITH t AS (INSERT INTO newsletter_template (name, slug, subject, plain_content)
                           VALUES ('Effacement', ?, 'Sujet', 'Texte') RETURNING id)
                INSERT INTO newsletter_campaign (name, template_id, status, sent_count, failed_count, recipients_count,
                                                 started_at, finished_at)
                SELECT 'Effacement', t.id, ?, ?, ?, ?, now(), now() FROM t RETURNING id""",
                "effacement-" + UUID.randomUUID().toString().substring(0, 8),
                status,
                sentCount,
                failedCount,
                sentCount + failedCount);
    }

    static void log(long campaign, long subscriber, String email, String status, String error) {
        TestDatabase.count(
                """
                WITH l AS (INSERT INTO newsletter_send_log (campaign_id, subscriber_id, email, status, error, finished_at)
                           VALUES (?, ?, ?, ?, ?, now()) RETURNING 1)
                SELECT count(*) FROM l""",
                campaign,
                subscriber,
                email,
                status,
                error);
    }

    /** Every table.column of the database whose text holds {@code needle}, whatever its case. */
    static List<String> occurrences(String needle) {
        List<String> found = new ArrayList<>();
        try (Connection c = TestDatabase.connection();
                PreparedStatement columns = c.prepareStatement(
                        """
                        SELECT table_name, column_name FROM information_schema.columns
                        WHERE table_schema = 'public'
                          AND data_type IN ('text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY')
                        ORDER BY table_name, column_name""");
                ResultSet rows = columns.executeQuery()) {
            while (rows.next()) {
                String table = rows.getString(1);
                String column = rows.getString(2);
                try (PreparedStatement search = c.prepareStatement("SELECT count(*) FROM \"" + table
                        + "\" WHERE strpos(lower(\"" + column + "\"::text), lower(?)) > 0")) {
                    search.setString(1, needle);
                    try (ResultSet count = search.executeQuery()) {
                        count.next();
                        if (count.getLong(1) > 0) {
                            found.add(table + "." + column);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }
}
