package com.niasotac.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.TestDatabase;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** /healthz on the application port, including a real database outage and recovery. */
@ExtendWith(ArquillianExtension.class)
class HealthIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    static Map<String, String> statuses(ApiResponse response) {
        return response.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
    }

    @Test
    void everythingIsUpWithDatabaseAndMigrationChecks() {
        ApiResponse all = Api.get("/healthz");

        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.json().getString("status")).isEqualTo("UP");
        assertThat(statuses(all))
                .containsEntry("database", "UP")
                .containsEntry("migrations", "UP")
                .containsEntry("application", "UP")
                .containsEntry("mail", "UP")
                .containsEntry("redis", "UP");
        assertThat(all.body())
                .doesNotContain(System.getProperty("it.database.url"))
                .doesNotContain("it-only-password")
                .doesNotContain(System.getenv("SECRET_KEY"));
    }

    @Test
    void livenessAndReadinessAnswerSeparatelyWithOrWithoutTrailingSlash() {
        assertThat(statuses(Api.get("/healthz/live"))).containsOnlyKeys("application");
        assertThat(statuses(Api.get("/healthz/ready/"))).containsOnlyKeys("database", "migrations", "redis");
        assertThat(Api.get("/healthz/").status()).isEqualTo(200);
    }

    @Test
    void readinessIsDownWhileTheDatabaseIsGoneAndRecoversAfterwards() throws InterruptedException {
        TestDatabase.stopServer();
        try {
            ApiResponse down = Api.get("/healthz/ready");
            assertThat(down.status()).as(down.toString()).isEqualTo(503);
            assertThat(down.json().getString("status")).isEqualTo("DOWN");
            assertThat(statuses(down)).containsEntry("database", "DOWN");
            assertThat(Api.get("/healthz/live").status())
                    .as("liveness ignores dependencies")
                    .isEqualTo(200);

            ApiResponse apiDuringOutage =
                    Api.post("/api/token", "{\"username\":\"someone\",\"password\":\"something\"}");
            assertThat(apiDuringOutage.status()).as(apiDuringOutage.toString()).isEqualTo(503);
            assertThat(apiDuringOutage.errorCode()).isEqualTo("service_unavailable");
        } finally {
            TestDatabase.startServer();
        }
        ApiResponse ready = waitForReady(Duration.ofSeconds(60));
        assertThat(ready.status()).as("the pool recovers by itself: " + ready).isEqualTo(200);
    }

    static ApiResponse waitForReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        ApiResponse last = Api.get("/healthz/ready");
        while (last.status() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            last = Api.get("/healthz/ready");
        }
        return last;
    }
}
