package com.niasotac.audit.it;

import static com.niasotac.it.support.EnvelopeAssertions.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.Json;
import com.niasotac.it.support.TestDatabase;
import com.niasotac.it.support.Tokens;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every staff change leaves a history row: who, when, which object, and the old and new value of each field
 * that changed; passwords and tokens never. Read at {@code /api/v1/audit-log}.
 */
@ExtendWith(ArquillianExtension.class)
class AuditLogIT {

    static TestDatabase.User admin;
    static String[] asAdmin;
    static final String TAG = UUID.randomUUID().toString().substring(0, 8);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void signIn() {
        admin = TestDatabase.createUser("audit-admin", "admin", true);
        asAdmin = Api.bearer(Tokens.access(admin));
    }

    /**
     * One kind of object: where it is created, how its URL names it, a PATCH that changes one field (to a value
     * that differs from the created one), and whether it can be deleted (accounts are deactivated instead).
     */
    record Kind(
            String entity,
            String collection,
            Function<String[], String> createBody,
            Function<JsonObject, String> key,
            String field,
            JsonValue changedTo,
            boolean deletable) {

        @Override
        public String toString() {
            return entity;
        }
    }

    static Stream<Kind> kinds() {
        Function<JsonObject, String> slug = created -> created.getString("slug");
        Function<JsonObject, String> id = created -> created.getJsonNumber("id").toString();
        return Stream.of(
                new Kind(
                        "product",
                        "/api/v1/products",
                        admin -> Json.object(
                                "name", "Audit " + TAG, "category", category(admin), "price", "1000", "brand", "Avant"),
                        slug,
                        "brand",
                        value("Après"),
                        true),
                new Kind(
                        "category",
                        "/api/v1/categories",
                        admin -> Json.object("name", "Audit " + TAG + " " + UUID.randomUUID()),
                        slug,
                        "is_main_category",
                        JsonValue.TRUE,
                        true),
                new Kind(
                        "promotion",
                        "/api/v1/promotions",
                        admin -> Json.object(
                                "name",
                                "Audit " + TAG,
                                "promotion_type",
                                "percent",
                                "value",
                                "5",
                                "categories",
                                List.of(category(admin))),
                        slug,
                        "is_stackable",
                        JsonValue.TRUE,
                        true),
                new Kind(
                        "template",
                        "/api/v1/newsletter/templates",
                        admin -> template(admin),
                        slug,
                        "subject",
                        value("Nouveau sujet"),
                        true),
                new Kind(
                        "campaign",
                        "/api/v1/newsletter/campaigns",
                        admin -> Json.object(
                                "name",
                                "Audit " + TAG,
                                "template",
                                created(admin, "/api/v1/newsletter/templates", template(admin))
                                        .getString("slug")),
                        id,
                        "name",
                        value("Audit renommée " + TAG),
                        true),
                new Kind(
                        "service",
                        "/api/v1/services",
                        admin -> Json.object("title", "Audit " + TAG, "description", "Avant"),
                        slug,
                        "description",
                        value("Après"),
                        true),
                new Kind(
                        "social_link",
                        "/api/v1/social-links",
                        admin -> Json.object("name", "Tiktok", "url", "https://tiktok.com/@" + TAG),
                        id,
                        "url",
                        value("https://tiktok.com/@autre-" + TAG),
                        true),
                new Kind(
                        "user",
                        "/api/v1/users",
                        admin -> Json.object(
                                "username",
                                "audit-" + UUID.randomUUID().toString().substring(0, 8),
                                "password",
                                "a-secret-password-" + TAG,
                                "role",
                                "staff"),
                        id,
                        "role",
                        value("admin"),
                        false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void aCreateAnUpdateAndADeleteEachLeaveOneRowWithTheirFields(Kind kind) {
        Instant start = Instant.now();
        JsonObject created =
                created(asAdmin, kind.collection(), kind.createBody().apply(asAdmin));
        long id = created.getJsonNumber("id").longValue();
        String path = kind.collection() + "/" + kind.key().apply(created);

        ApiResponse changed = Api.patch(path, Json.object(kind.field(), kind.changedTo()), asAdmin);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        ApiResponse unchanged = Api.patch(path, Json.object(kind.field(), kind.changedTo()), asAdmin);
        assertThat(unchanged.status()).as(unchanged.toString()).isEqualTo(200);
        if (kind.deletable()) {
            ApiResponse deleted = Api.send("DELETE", path, null, asAdmin);
            assertThat(deleted.status()).as(deleted.toString()).isIn(200, 204);
        }

        List<JsonObject> rows = new java.util.ArrayList<>(history(kind.entity(), id)); // newest first
        if (kind.deletable()) {
            assertThat(rows).extracting(row -> row.getString("action")).containsExactly("delete", "update", "create");
            JsonObject delete = rows.remove(0).getJsonObject("changes");
            assertThat(delete.getJsonObject(kind.field()).get("old")).isEqualTo(kind.changedTo());
            assertThat(delete.values())
                    .allSatisfy(change ->
                            assertThat(change.asJsonObject().get("new")).isEqualTo(JsonValue.NULL));
        }
        assertThat(rows).extracting(row -> row.getString("action")).containsExactly("update", "create");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.getJsonObject("user").getJsonNumber("id").longValue())
                    .isEqualTo(admin.id());
            assertThat(row.getJsonObject("user").getString("username")).isEqualTo(admin.username());
            assertThat(Instant.parse(row.getString("at"))).isAfterOrEqualTo(start.minusSeconds(1));
            assertThat(row.getString("entity")).isEqualTo(kind.entity());
        });

        JsonObject create = rows.get(1).getJsonObject("changes");
        assertThat(create.values())
                .allSatisfy(
                        change -> assertThat(change.asJsonObject().get("old")).isEqualTo(JsonValue.NULL));
        assertThat(create).containsKey(kind.field());
        JsonValue original = create.getJsonObject(kind.field()).get("new");
        assertThat(original).isNotEqualTo(kind.changedTo());

        JsonObject update = rows.get(0).getJsonObject("changes");
        assertThat(update.keySet()).as("only the changed field").containsExactly(kind.field());
        assertThat(update.getJsonObject(kind.field()).get("old")).isEqualTo(original);
        assertThat(update.getJsonObject(kind.field()).get("new")).isEqualTo(kind.changedTo());
    }

    @Test
    void theSettingsRecordTheFieldsThatChanged() {
        String before = Api.get("/api/v1/settings").data().getString("company_description");
        String after = "Matériel informatique à Cotonou " + TAG;

        ApiResponse changed = Api.patch("/api/v1/settings", Json.object("company_description", after), asAdmin);
        try {
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            JsonObject latest = history("settings", 1).get(0);
            assertThat(latest.getString("action")).isEqualTo("update");
            assertThat(latest.getJsonObject("changes").keySet()).containsExactly("company_description");
            assertThat(latest.getJsonObject("changes").getJsonObject("company_description"))
                    .isEqualTo(jakarta.json.Json.createObjectBuilder()
                            .add("old", before == null ? JsonValue.NULL : value(before))
                            .add("new", after)
                            .build());
        } finally {
            Api.patch("/api/v1/settings", Json.object("company_description", before), asAdmin);
        }
    }

    @Test
    void passwordsAndTheirHashesAreNeverRecorded() {
        String first = "first-secret-password-" + TAG;
        String second = "second-secret-password-" + TAG;
        JsonObject user = created(
                asAdmin,
                "/api/v1/users",
                Json.object("username", "audit-secret-" + TAG, "password", first, "role", "staff"));
        long id = user.getJsonNumber("id").longValue();

        ApiResponse changed = Api.patch("/api/v1/users/" + id, Json.object("password", second), asAdmin);

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonObject update = history("user", id).get(0).getJsonObject("changes");
        assertThat(update.keySet()).containsExactly("password");
        assertThat(update.getJsonObject("password").getString("old")).isEqualTo("***");
        assertThat(update.getJsonObject("password").getString("new")).isEqualTo("***");
        String hash = TestDatabase.text("SELECT password_hash FROM app_user WHERE id = ?", id);
        String stored = TestDatabase.text(
                "SELECT string_agg(changes::text, ' ') FROM audit_log WHERE entity = 'user' AND entity_id = ?", id);
        assertThat(stored).doesNotContain(first, second, hash, hash.substring(hash.lastIndexOf('$') + 1));
        assertThat(TestDatabase.count(
                        "SELECT count(*) FROM audit_log WHERE strpos(changes::text, ?) > 0 OR strpos(changes::text, ?) > 0",
                        first,
                        second))
                .isZero();
    }

    @Test
    void aRefusedChangeLeavesNoRow() {
        JsonObject service = created(asAdmin, "/api/v1/services", Json.object("title", "Audit refus " + TAG));
        long id = service.getJsonNumber("id").longValue();

        assertFailure(
                Api.patch(
                        "/api/v1/services/" + service.getString("slug"),
                        Json.object("image_url", "javascript:alert(1)"),
                        asAdmin),
                400,
                "validation_error");

        assertThat(history("service", id))
                .extracting(row -> row.getString("action"))
                .containsExactly("create");
    }

    @Test
    void adminsFilterTheWholeHistoryAndStaffReadOneObjectsHistory() {
        TestDatabase.User staff = TestDatabase.createUser("audit-staff", "staff", true);
        String[] asStaff = Api.bearer(Tokens.access(staff));
        JsonObject service = created(asStaff, "/api/v1/services", Json.object("title", "Audit lecture " + TAG));
        long id = service.getJsonNumber("id").longValue();

        List<JsonObject> byStaff = results(Api.get("/api/v1/audit-log?user=" + staff.id(), asAdmin));
        assertThat(byStaff).hasSize(1).allSatisfy(row -> assertThat(row.getInt("entity_id"))
                .isEqualTo((int) id));
        assertThat(results(Api.get("/api/v1/audit-log?user=" + staff.id() + "&action=delete", asAdmin)))
                .isEmpty();
        assertThat(results(Api.get("/api/v1/audit-log?user=" + staff.id() + "&until=2000-01-01", asAdmin)))
                .isEmpty();
        assertThat(results(Api.get("/api/v1/audit-log?user=" + staff.id() + "&since=2000-01-01", asAdmin)))
                .hasSize(1);
        assertThat(results(Api.get("/api/v1/audit-log?entity=service&id=" + id, asStaff)))
                .hasSize(1);

        assertFailure(Api.get("/api/v1/audit-log", asStaff), 403, "permission_denied");
        assertFailure(Api.get("/api/v1/audit-log?entity=service&id=" + id), 401, "not_authenticated");
        assertFailure(Api.get("/api/v1/audit-log?entity=password", asAdmin), 400, "validation_error");
        assertFailure(Api.get("/api/v1/audit-log?action=read", asAdmin), 400, "validation_error");
        assertFailure(Api.get("/api/v1/audit-log?since=hier", asAdmin), 400, "validation_error");
    }

    static List<JsonObject> history(String entity, long id) {
        return results(Api.get("/api/v1/audit-log?page_size=50&entity=" + entity + "&id=" + id, asAdmin));
    }

    static List<JsonObject> results(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.data().getJsonArray("results").getValuesAs(JsonObject.class);
    }

    static long category(String[] admin) {
        return created(admin, "/api/v1/categories", Json.object("name", "Audit rayon " + UUID.randomUUID()))
                .getJsonNumber("id")
                .longValue();
    }

    static String template(String[] admin) {
        return Json.object("name", "Audit " + UUID.randomUUID(), "subject", "Sujet", "plain_content", "Bonjour");
    }

    static JsonValue value(String text) {
        return jakarta.json.Json.createValue(text);
    }

    /** Posts a create that must succeed; answers the object created. */
    static JsonObject created(String[] as, String collection, String body) {
        ApiResponse created = Api.post(collection, body, as);
        assertThat(created.status()).as(collection + " " + created).isEqualTo(201);
        return created.data();
    }
}
