package com.niasotac.newsletter.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Await;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.Json;
import com.niasotac.it.support.MailServer;
import com.niasotac.it.support.TestDatabase;
import com.niasotac.it.support.Tokens;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A campaign costs work linear in its audience: the counts that scan the whole audience (the recount) run when
 * sending starts and ends, never once per chunk, and each chunk is claimed from where the last one stopped.
 */
@ExtendWith(ArquillianExtension.class)
class DispatchCostIT {

    /** The statement that recounts a campaign from its whole log and audience (DispatchLedger.recount). */
    static final String RECOUNT = "sent_count = (SELECT count(*) FROM newsletter_send_log";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theWholeAudienceIsCountedOnceAtTheStartAndOnceAtTheEndNotPerChunk() {
        String[] staff = Api.bearer(Tokens.access(TestDatabase.createUser("cost-staff", "staff", true)));
        String tag = "c" + UUID.randomUUID().toString().substring(0, 8);
        int recipients = 30; // ten chunks of three (NEWSLETTER_CHUNK_SIZE in the tests)
        TestDatabase.count(
                """
                WITH s AS (INSERT INTO newsletter_subscriber (email, tags, confirmed, confirmed_at, subscribed)
                           SELECT 'r' || n || '.' || ? || '@example.bj', ARRAY[?], true, now(), true
                           FROM generate_series(1, ?) AS n RETURNING 1) SELECT count(*) FROM s""",
                tag,
                tag,
                recipients);
        String template = Api.post(
                        "/api/v1/newsletter/templates",
                        Json.object("name", "Coût " + tag, "subject", "Coût", "plain_content", "Bonjour {name}"),
                        staff)
                .data()
                .getString("slug");
        long campaign = Api.post(
                        "/api/v1/newsletter/campaigns",
                        Json.object(
                                "name", "Coût " + tag, "template", template, "recipients", "tag", "recipient_tag", tag),
                        staff)
                .data()
                .getJsonNumber("id")
                .longValue();
        String watched = "/api/v1/test-support/statements/watched?fragment="
                + URLEncoder.encode(RECOUNT, StandardCharsets.UTF_8);
        Api.send("PUT", watched, null);

        ApiResponse sending = Api.post("/api/v1/newsletter/campaigns/" + campaign + "/send_now", "{}", staff);
        assertThat(sending.status()).as(sending.toString()).isEqualTo(200);
        Await.until(
                () -> "sent"
                        .equals(Api.get("/api/v1/newsletter/campaigns/" + campaign, staff)
                                .data()
                                .getString("status")),
                Duration.ofSeconds(60));

        var sent = Api.get("/api/v1/newsletter/campaigns/" + campaign, staff).data();
        assertThat(sent.getInt("sent_count")).isEqualTo(recipients);
        assertThat(sent.getInt("recipients_count")).isEqualTo(recipients);
        assertThat(MailServer.received().stream().filter(mail -> {
                    try {
                        return mail.getAllRecipients()[0].toString().endsWith("." + tag + "@example.bj");
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .hasSize(recipients);
        assertThat(Api.get(watched).json().getInt("prepared"))
                .as("recounts for ten chunks: at the start and at the end")
                .isBetween(1, 3);
    }
}
