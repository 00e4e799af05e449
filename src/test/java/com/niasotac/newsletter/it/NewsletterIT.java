package com.niasotac.newsletter.it;

import static com.niasotac.it.support.EnvelopeAssertions.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Await;
import com.niasotac.it.support.Concurrently;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.Json;
import com.niasotac.it.support.MailServer;
import com.niasotac.it.support.TestDatabase;
import com.niasotac.it.support.Tokens;
import com.niasotac.testdata.BulkAction;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The newsletter over HTTP against a real SMTP server (GreenMail): double opt-in, templates, campaigns sent
 * by the timer (every second here, three recipients per chunk), resumption after a crash, concurrent
 * dispatchers and an SMTP outage. Each test uses its own tag, so campaigns reach only its own subscribers.
 */
@ExtendWith(ArquillianExtension.class)
class NewsletterIT {

    static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
    /** The shop's confirmation route carries the token as its last path segment. */
    static final Pattern CONFIRMATION_LINK =
            Pattern.compile("https://shop\\.niasotac\\.test/newsletter/confirm/([A-Za-z0-9_-]+)");

    String[] staff;
    String tag;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void setUp() {
        staff = Api.bearer(Tokens.access(TestDatabase.createUser("news-staff", "staff", true)));
        tag = "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    // ---- double opt-in ---------------------------------------------------------------------------------

    @Test
    void subscribeConfirmUnsubscribeAndSubscribeAgain() throws Exception {
        String email = "Awa." + tag + "@Example.BJ";
        String stored = "Awa." + tag + "@example.bj";

        ApiResponse first = subscribe(" " + email + " ", "Awa");
        assertThat(first.status()).as(first.toString()).isEqualTo(202);
        String token = awaitConfirmationToken(stored, 1);
        // Pending and asked again at once: the same answer, and no second mail to the same inbox.
        assertThat(subscribe(email, "Awa").json().getString("message"))
                .isEqualTo(first.json().getString("message"));

        assertThat(confirm(token).data().getString("status")).isEqualTo("confirmed");
        assertThat(confirm(token).data().getString("status")).isEqualTo("already_confirmed");
        assertThat(TestDatabase.count(
                        "SELECT count(*) FROM newsletter_subscriber WHERE email = ? AND confirmed", stored))
                .isEqualTo(1);

        // A confirmed address gets the same answer and no new mail.
        ApiResponse again = subscribe(email, "Awa");
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().getString("message")).isEqualTo(first.json().getString("message"));
        Thread.sleep(1500);
        assertThat(MailServer.receivedBy(stored)).hasSize(1);

        String unsubscribeToken = givenAnUnsubscribeToken(stored);
        assertFailure(unsubscribe("not-" + unsubscribeToken), 404, "not_found");
        assertThat(unsubscribe(unsubscribeToken).data().getString("status")).isEqualTo("unsubscribed");
        assertThat(TestDatabase.count(
                        "SELECT count(*) FROM newsletter_subscriber WHERE email = ? AND NOT subscribed", stored))
                .isEqualTo(1);

        // Subscribing again after unsubscribing needs a new confirmation.
        assertThat(subscribe(email, null).status()).isEqualTo(202);
        String second = awaitConfirmationToken(stored, 2);
        assertThat(second).isNotEqualTo(token);
        assertThat(confirm(second).data().getString("status")).isEqualTo("confirmed");
        assertThat(TestDatabase.count(
                        "SELECT count(*) FROM newsletter_subscriber WHERE email = ? AND subscribed AND confirmed",
                        stored))
                .isEqualTo(1);
    }

    @Test
    void unknownExpiredAndInvalidInputAreRefused() throws Exception {
        String stored = "late." + tag + "@example.bj";
        subscribe(stored, null);
        String token = awaitConfirmationToken(stored, 1);
        TestDatabase.count(
                "WITH u AS (UPDATE newsletter_subscriber SET confirm_token_created_at = now() - interval '8 days'"
                        + " WHERE email = ? RETURNING 1) SELECT count(*) FROM u",
                stored);

        assertFailure(confirm(token), 400, "token_expired");
        assertFailure(confirm("unknown-" + token), 404, "not_found");
        assertFailure(subscribe("not an address", null), 400, "validation_error");
        assertFailure(subscribe("a@b", null), 400, "validation_error");
        assertFailure(
                Api.post("/api/v1/newsletter/subscribers", Json.object("email", "x@example.bj", "tags", "[")),
                400,
                "validation_error");
        assertFailure(Api.get("/api/v1/newsletter/subscribers"), 401, "not_authenticated");
    }

    @Test
    void staffListFiltersAndBulkActions() {
        long pending = insertSubscriber("pending." + tag + "@example.bj", "Pending", false, true);
        long confirmed = insertSubscriber("confirmed." + tag + "@example.bj", "Confirmed", true, true);

        JsonObject page = Api.get("/api/v1/newsletter/subscribers?confirmed=false&tag=" + tag, staff)
                .data();
        assertThat(page.getInt("count")).isEqualTo(1);
        assertThat(page.getJsonArray("results").getJsonObject(0).getString("email"))
                .startsWith("pending.");
        assertThat(page.getJsonArray("results").getJsonObject(0).containsKey("unsubscribe_token"))
                .isFalse();

        ApiResponse bulk = Api.post(
                "/api/v1/newsletter/subscribers/bulk", BulkAction.of("mark_confirmed", pending, confirmed), staff);
        assertThat(bulk.data().getInt("updated")).isEqualTo(2);
        assertThat(Api.get("/api/v1/newsletter/subscribers?confirmed=true&tag=" + tag, staff)
                        .data()
                        .getInt("count"))
                .isEqualTo(2);
        assertFailure(
                Api.post("/api/v1/newsletter/subscribers/bulk", BulkAction.of("delete_all", pending), staff),
                400,
                "validation_error");
        assertFailure(Api.get("/api/v1/newsletter/subscribers?ordering=password", staff), 400, "validation_error");
    }

    // ---- templates ---------------------------------------------------------------------------------------

    @Test
    void templatesRefuseUnknownPlaceholdersAndStayWhileCampaignsUseThem() {
        assertFailure(
                Api.post("/api/v1/newsletter/templates", template("Bonjour {prenom}", "<p>{name}</p>"), staff),
                400,
                "validation_error");
        ApiResponse unknownInHtml =
                Api.post("/api/v1/newsletter/templates", template("Bonjour {name}", "<p>{nom}</p>"), staff);
        assertFailure(unknownInHtml, 400, "validation_error");
        assertThat(unknownInHtml
                        .json()
                        .getJsonObject("error")
                        .getJsonObject("fields")
                        .containsKey("html_content"))
                .isTrue();

        JsonObject created = createTemplate();
        String slug = created.getString("slug");
        assertThat(created.getInt("campaigns_count")).isZero();
        assertFailure(
                Api.patch("/api/v1/newsletter/templates/" + slug, "{\"subject\":\"Promo {code}\"}", staff),
                400,
                "validation_error");
        assertThat(Api.patch("/api/v1/newsletter/templates/" + slug, "{\"subject\":\"Promo de {name}\"}", staff)
                        .data()
                        .getString("subject"))
                .isEqualTo("Promo de {name}");

        createCampaign(slug, null);
        assertFailure(Api.send("DELETE", "/api/v1/newsletter/templates/" + slug, null, staff), 409, "conflict");
        assertThat(Api.get("/api/v1/newsletter/templates/" + slug, staff).data().getInt("campaigns_count"))
                .isEqualTo(1);
        assertFailure(Api.get("/api/v1/newsletter/templates"), 401, "not_authenticated");
    }

    // ---- campaigns -------------------------------------------------------------------------------------

    @Test
    void aScheduledCampaignReachesConfirmedSubscribersOnlyWithOneClickHeadersAndEscapedNames() throws Exception {
        List<String> confirmed = List.of(address("a"), address("b"), address("c"), address("d"));
        confirmed.forEach(email -> insertSubscriber(email, "Client", true, true));
        String hostile = address("script");
        insertSubscriber(hostile, "<script>alert(1)</script>", true, true);
        String pending = address("pending");
        insertSubscriber(pending, "Pending", false, true);
        String gone = address("gone");
        insertSubscriber(gone, "Gone", true, false);
        // An address the mail library refuses: its log says failed and the campaign goes on.
        insertSubscriber("broken address " + tag + "@@example.bj", "Broken", true, true);

        long id = createCampaign(
                        createTemplate().getString("slug"), Instant.now().plusSeconds(1))
                .getJsonNumber("id")
                .longValue();
        JsonObject sent = awaitCampaign(id, "sent");

        assertThat(sent.getInt("sent_count")).isEqualTo(5);
        assertThat(sent.getInt("failed_count")).isEqualTo(1);
        assertThat(sent.getInt("recipients_count")).isEqualTo(6);
        for (String email : confirmed) {
            assertThat(MailServer.receivedBy(email)).as(email).hasSize(1);
        }
        assertThat(MailServer.receivedBy(pending)).isEmpty();
        assertThat(MailServer.receivedBy(gone)).isEmpty();

        MimeMessage mail = MailServer.receivedBy(hostile).get(0);
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        String listUnsubscribe = mail.getHeader("List-Unsubscribe", null);
        assertThat(listUnsubscribe).startsWith("<https://api.niasotac.test/api/v1/newsletter/unsubscribe?token=");
        assertThat(part(mail, "text/html"))
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>");
        assertThat(part(mail, "text/plain"))
                .contains("<script>alert(1)</script>")
                .contains("/newsletter/unsubscribe?token=");

        JsonObject logs = Api.get("/api/v1/newsletter/campaigns/" + id + "/logs?status=failed", staff)
                .data();
        assertThat(logs.getInt("count")).isEqualTo(1);
        assertThat(logs.getJsonArray("results").getJsonObject(0).getString("error"))
                .isNotBlank();

        // The mail client's one-click unsubscribe: a form POST to the header's URL.
        Matcher token = TOKEN.matcher(listUnsubscribe);
        assertThat(token.find()).isTrue();
        // The token is the mail's own, and the database holds its hash only.
        assertThat(TestDatabase.count(
                        "SELECT count(*) FROM newsletter_send_log WHERE unsubscribe_token_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex')",
                        token.group(1)))
                .isEqualTo(1);
        assertThat(TestDatabase.count(
                        "SELECT count(*) FROM information_schema.columns WHERE column_name LIKE '%unsubscribe_token' "
                                + "AND column_name NOT LIKE '%hash'"))
                .isZero();
        ApiResponse oneClick = Api.send(
                "POST",
                "/api/v1/newsletter/unsubscribe?token=" + token.group(1),
                "List-Unsubscribe=One-Click",
                "Content-Type",
                "application/x-www-form-urlencoded");
        assertThat(oneClick.status()).as(oneClick.toString()).isEqualTo(200);
        assertThat(TestDatabase.count(
                        "SELECT count(*) FROM newsletter_subscriber WHERE email = ? AND NOT subscribed", hostile))
                .isEqualTo(1);
        assertFailure(Api.patch("/api/v1/newsletter/campaigns/" + id, "{\"name\":\"Encore\"}", staff), 409, "conflict");
        assertFailure(Api.post("/api/v1/newsletter/campaigns/" + id + "/cancel", "{}", staff), 409, "conflict");
    }

    @Test
    void aCampaignInterruptedMidSendResumesWithoutSendingAnyoneTwiceOrSkippingAnyone() throws Exception {
        List<Long> ids = List.of("a", "b", "c", "d", "e", "f").stream()
                .map(letter -> insertSubscriber(address(letter), "Client " + letter, true, true))
                .toList();
        long id = createCampaign(createTemplate().getString("slug"), null)
                .getJsonNumber("id")
                .longValue();
        // The state a node leaves when it dies mid-chunk: the campaign held by a lease that ran out, one
        // mail sent and logged, one being sent (not known to have left), one claimed and not tried yet.
        TestDatabase.count(
                """
                WITH c AS (UPDATE newsletter_campaign SET status = 'sending', lease_owner = 'dead-node',
                           lease_until = now() - interval '1 minute', started_at = now(), scheduled_at = now()
                           WHERE id = ? RETURNING id),
                     sent AS (INSERT INTO newsletter_send_log (campaign_id, subscriber_id, email, status, finished_at)
                              SELECT c.id, ?, ?, 'sent', now() FROM c RETURNING 1),
                     inflight AS (INSERT INTO newsletter_send_log (campaign_id, subscriber_id, email, status)
                                  SELECT c.id, ?, ?, 'sending' FROM c RETURNING 1),
                     queued AS (INSERT INTO newsletter_send_log (campaign_id, subscriber_id, email, status)
                                SELECT c.id, ?, ?, 'queued' FROM c RETURNING 1)
                SELECT count(*) FROM c""",
                id,
                ids.get(0),
                address("a"),
                ids.get(1),
                address("b"),
                ids.get(2),
                address("c"));

        JsonObject sent = awaitCampaign(id, "sent");

        assertThat(MailServer.receivedBy(address("a"))).isEmpty();
        assertThat(MailServer.receivedBy(address("b"))).isEmpty();
        for (String letter : List.of("c", "d", "e", "f")) {
            assertThat(MailServer.receivedBy(address(letter))).as(letter).hasSize(1);
        }
        assertThat(sent.getInt("sent_count")).isEqualTo(5);
        assertThat(sent.getInt("failed_count")).isEqualTo(1);
        assertThat(TestDatabase.count(
                        "SELECT count(*) FROM newsletter_send_log WHERE campaign_id = ? AND subscriber_id = ?"
                                + " AND status = 'failed' AND error LIKE 'interrupted%'",
                        id, ids.get(1)))
                .isEqualTo(1);
    }

    @Test
    void concurrentDispatchersSendEachRecipientExactlyOnce() throws Exception {
        List<String> recipients = java.util.stream.IntStream.range(0, 12)
                .mapToObj(n -> address("r" + n))
                .toList();
        recipients.forEach(email -> insertSubscriber(email, null, true, true));
        long id = createCampaign(createTemplate().getString("slug"), null)
                .getJsonNumber("id")
                .longValue();
        TestDatabase.count(
                "WITH c AS (UPDATE newsletter_campaign SET status = 'scheduled', scheduled_at = now() WHERE id = ?"
                        + " RETURNING 1) SELECT count(*) FROM c",
                id);

        Concurrently.run(6, 6, () -> Api.post("/api/v1/test-support/newsletter/dispatch", "{}")
                .status());
        awaitCampaign(id, "sent");

        for (String email : recipients) {
            assertThat(MailServer.receivedBy(email)).as(email).hasSize(1);
        }
        assertThat(TestDatabase.count(
                        "SELECT count(*) FROM newsletter_send_log WHERE campaign_id = ? AND status = 'sent'", id))
                .isEqualTo(12);
    }

    @Test
    void whileSmtpIsDownTheCampaignWaitsHealthSaysDownAndItResumesWhenSmtpReturns() throws Exception {
        List<String> recipients = List.of(address("x"), address("y"), address("z"), address("w"));
        recipients.forEach(email -> insertSubscriber(email, null, true, true));
        long id = createCampaign(createTemplate().getString("slug"), null)
                .getJsonNumber("id")
                .longValue();
        MailServer.stop();
        try {
            Api.post("/api/v1/newsletter/campaigns/" + id + "/send_now", "{}", staff);
            Await.until(() -> "sending".equals(campaign(id).getString("status")), Duration.ofSeconds(20));
            Thread.sleep(2000);
            // Nobody was marked sent or failed: recipients claimed during the outage are given back.
            assertThat(TestDatabase.count(
                            "SELECT count(*) FROM newsletter_send_log WHERE campaign_id = ? AND status <> 'sending'",
                            id))
                    .isZero();
            Await.until(() -> Api.get("/healthz").status() == 503, Duration.ofSeconds(20));
            assertThat(Api.get("/healthz").body()).contains("\"mail\"");
            assertThat(Api.get("/healthz/ready").status()).isEqualTo(200);
        } finally {
            MailServer.start();
        }

        awaitCampaign(id, "sent");
        for (String email : recipients) {
            assertThat(MailServer.receivedBy(email)).as(email).hasSize(1);
        }
        Await.until(() -> Api.get("/healthz").status() == 200, Duration.ofSeconds(20));
    }

    @Test
    void campaignRulesAndActions() {
        String slug = createTemplate().getString("slug");
        assertFailure(
                Api.post(
                        "/api/v1/newsletter/campaigns",
                        Json.object("name", "Sans tag", "template", slug, "recipients", "tag"),
                        staff),
                400,
                "validation_error");
        assertFailure(
                Api.post(
                        "/api/v1/newsletter/campaigns",
                        Json.object("name", "Inconnu", "template", "no-such-template"),
                        staff),
                400,
                "validation_error");
        assertFailure(
                Api.post(
                        "/api/v1/newsletter/campaigns",
                        Json.object(
                                "name",
                                "Liste",
                                "template",
                                slug,
                                "recipients",
                                "listed",
                                "subscribers",
                                List.of(999999999)),
                        staff),
                400,
                "validation_error");

        JsonObject draft = createCampaign(slug, null);
        long id = draft.getJsonNumber("id").longValue();
        assertThat(draft.getString("status")).isEqualTo("draft");
        JsonObject scheduled = Api.post(
                        "/api/v1/newsletter/campaigns/" + id + "/schedule",
                        Json.object("scheduled_at", "2099-01-01T08:00:00Z"),
                        staff)
                .data();
        assertThat(scheduled.getString("status")).isEqualTo("scheduled");
        assertThat(Api.post("/api/v1/newsletter/campaigns/" + id + "/cancel", "{}", staff)
                        .data()
                        .getString("status"))
                .isEqualTo("cancelled");
        assertFailure(Api.post("/api/v1/newsletter/campaigns/" + id + "/send_now", "{}", staff), 409, "conflict");
        assertFailure(Api.get("/api/v1/newsletter/campaigns?status=lost", staff), 400, "validation_error");
        assertThat(Api.send("DELETE", "/api/v1/newsletter/campaigns/" + id, null, staff)
                        .status())
                .isEqualTo(200);
        assertFailure(Api.get("/api/v1/newsletter/campaigns/" + id, staff), 404, "not_found");
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    String address(String who) {
        return who + "." + tag + "@example.bj";
    }

    static ApiResponse subscribe(String email, String name) {
        return Api.post("/api/v1/newsletter/subscribers", Json.object("email", email, "name", name, "source", "it"));
    }

    static ApiResponse confirm(String token) {
        return Api.post("/api/v1/newsletter/confirm", Json.object("token", token));
    }

    static ApiResponse unsubscribe(String token) {
        return Api.post("/api/v1/newsletter/unsubscribe", Json.object("token", token));
    }

    /** Waits for the {@code nth} mail to this address and reads the token of its confirmation link. */
    static String awaitConfirmationToken(String email, int nth) throws Exception {
        Await.until(() -> MailServer.receivedBy(email).size() >= nth, Duration.ofSeconds(20));
        MimeMessage mail = MailServer.receivedBy(email).get(nth - 1);
        assertThat(mail.getSubject()).contains("Confirmez");
        Matcher matcher = CONFIRMATION_LINK.matcher(part(mail, "text/plain"));
        assertThat(matcher.find()).as(part(mail, "text/plain")).isTrue();
        return matcher.group(1);
    }

    /** The database keeps only a token's hash: a test gives the subscriber one, as an earlier mail would have. */
    static String givenAnUnsubscribeToken(String email) {
        String token = "it-" + UUID.randomUUID();
        TestDatabase.count(
                "WITH u AS (UPDATE newsletter_subscriber SET unsubscribe_token_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex')"
                        + " WHERE email = ? RETURNING 1) SELECT count(*) FROM u",
                token,
                email);
        return token;
    }

    long insertSubscriber(String email, String name, boolean confirmed, boolean subscribed) {
        return TestDatabase.count(
                """
                INSERT INTO newsletter_subscriber (email, name, tags, confirmed, confirmed_at, subscribed)
                VALUES (?, ?, ARRAY[?], ?, CASE WHEN ? THEN now() END, ?) RETURNING id""",
                email,
                name,
                tag,
                confirmed,
                confirmed,
                subscribed);
    }

    String template(String subject, String html) {
        return Json.object(
                "name",
                "Gabarit " + tag,
                "subject",
                subject,
                "plain_content",
                "Bonjour {name},\nNos offres de la semaine pour {email}.\nDésabonnement : {unsubscribe_url}",
                "html_content",
                html);
    }

    JsonObject createTemplate() {
        ApiResponse created = Api.post(
                "/api/v1/newsletter/templates",
                template("Les offres NIASOTAC pour {name}", "<h1>Bonjour {name}</h1><p>Offres pour {email}</p>"),
                staff);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data();
    }

    JsonObject createCampaign(String templateSlug, Instant scheduledAt) {
        ApiResponse created = Api.post(
                "/api/v1/newsletter/campaigns",
                Json.object(
                        "name",
                        "Campagne " + tag,
                        "template",
                        templateSlug,
                        "recipients",
                        "tag",
                        "recipient_tag",
                        tag,
                        "scheduled_at",
                        scheduledAt == null ? null : scheduledAt.toString()),
                staff);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data();
    }

    JsonObject campaign(long id) {
        return Api.get("/api/v1/newsletter/campaigns/" + id, staff).data();
    }

    JsonObject awaitCampaign(long id, String status) throws InterruptedException {
        Await.until(() -> status.equals(campaign(id).getString("status")), Duration.ofSeconds(30));
        return campaign(id);
    }

    /** The text of the part of this content type (the whole body when the mail has one part). */
    static String part(MimeMessage mail, String contentType) throws Exception {
        Object content = mail.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(contentType)) {
                    return (String) part.getContent();
                }
            }
            throw new AssertionError("no " + contentType + " part");
        }
        assertThat(mail.isMimeType(contentType)).as("content type").isTrue();
        return (String) content;
    }
}
