package com.niasotac.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiOperations;
import com.niasotac.it.support.ApiOperations.Field;
import com.niasotac.it.support.ApiOperations.Operation;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.HostileValues;
import com.niasotac.it.support.Json;
import com.niasotac.it.support.MultipartUpload;
import com.niasotac.it.support.RawHttp;
import com.niasotac.it.support.TestDatabase;
import com.niasotac.it.support.TestImages;
import com.niasotac.it.support.Tokens;
import com.niasotac.testdata.PromotionBody;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walks every operation of the application's own OpenAPI document, every path parameter, query parameter and
 * body field of each, with values drawn from {@link HostileValues} (jqwik), anonymously and as staff: every
 * answer must be below 500, in the envelope with a known {@code error.code}, free of stack traces, SQL and
 * class names, and no row may change (every body value sent is invalid for its field).
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    static final int MINIMUM_REQUESTS = 2_000;

    /** Every filter some list reads, sent to every read whatever its document says. */
    static final List<String> FILTERS = List.of(
            "search",
            "ordering",
            "page",
            "page_size",
            "category",
            "category_slug",
            "brand",
            "min_price",
            "max_price",
            "in_stock",
            "is_in_stock",
            "is_featured",
            "is_recommended",
            "has_discount",
            "created_after",
            "created_before",
            "is_active",
            "level",
            "parent",
            "is_main",
            "has_products",
            "code",
            "promotion_type",
            "active",
            "is_active_now",
            "is_stackable",
            "applies_to_all",
            "start_after",
            "end_before",
            "confirmed",
            "subscribed",
            "source",
            "tag",
            "status",
            "quantity",
            "format",
            "token");

    static final Set<String> ERROR_CODES = Set.of(
            "validation_error",
            "bad_request",
            "not_authenticated",
            "permission_denied",
            "not_found",
            "method_not_allowed",
            "not_acceptable",
            "conflict",
            "payload_too_large",
            "unsupported_media_type",
            "rate_limited",
            "service_unavailable",
            "token_expired",
            "promotion_inactive",
            "promotion_exhausted",
            "promotion_not_applicable",
            "customer_limit_reached");

    /** What no answer may show: stack frames, Java and SQL internals. */
    static final Pattern LEAK =
            Pattern.compile("Exception|\\tat |\\bat (com|org|java|jakarta)\\.|org\\.hibernate|PSQL|SQLState|ERROR: |"
                    + "java\\.lang|jakarta\\.(ws|persistence|json)|com\\.niasotac|syntax error at");

    /** Tables and the column that moves whenever a row is written. */
    static final Map<String, String> WRITTEN = Map.ofEntries(
            Map.entry("product", "updated_at"),
            Map.entry("product_image", "created_at"),
            Map.entry("category", "updated_at"),
            Map.entry("category_alias", "category_id"),
            Map.entry("promotion", "updated_at"),
            Map.entry("promotion_redemption", "redeemed_at"),
            Map.entry("site_settings", "updated_at"),
            Map.entry("site_service", "updated_at"),
            Map.entry("social_link", "updated_at"),
            Map.entry("newsletter_subscriber", "updated_at"),
            Map.entry("newsletter_template", "updated_at"),
            Map.entry("newsletter_campaign", "updated_at"),
            Map.entry("app_user", "updated_at"));

    /** A request the walk sends, described for the report. */
    record Hostile(String description, Supplier<ApiResponse> send, boolean htmlAllowed) {}

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void noHostileRequestGets5xxOrAnAnswerOutsideTheEnvelopeOrChangesARow() throws Exception {
        Fixture fixture = Fixture.build();
        List<Operation> operations =
                ApiOperations.read(Api.get("/openapi?format=json").json());
        List<Hostile> requests = requests(operations, fixture);
        try (Fingerprint fingerprint = new Fingerprint()) {
            String initially = fingerprint.now();
            String before = initially;

            List<String> failures = new ArrayList<>();
            Map<Integer, Integer> statuses = new java.util.TreeMap<>();
            for (Hostile request : requests) {
                ApiResponse answer;
                try {
                    answer = request.send().get();
                } catch (RuntimeException e) {
                    failures.add(request.description() + " -> the connection failed: " + e);
                    continue;
                }
                statuses.merge(answer.status(), 1, Integer::sum);
                problem(answer, request.htmlAllowed()).ifPresent(p -> failures.add(request.description() + " -> " + p));
                if (!request.description().startsWith("GET")) {
                    String now = fingerprint.now(); // after every write attempt, so the culprit is named
                    if (!now.equals(before)) {
                        failures.add(request.description() + " -> changed rows: " + answer.status() + " "
                                + abbreviated(answer.body()));
                        before = now;
                    }
                }
            }
            System.out.println("HostileInputIT: " + requests.size() + " requests over "
                    + ApiOperations.coverage(operations) + "; answers by status " + statuses);

            assertThat(requests).as("requests sent").hasSizeGreaterThanOrEqualTo(MINIMUM_REQUESTS);
            assertThat(failures)
                    .as("%d of %d hostile requests failed, e.g.", failures.size(), requests.size())
                    .isEmpty();
            assertThat(fingerprint.now()).as("no row changed").isEqualTo(initially);
        }
        assertThat(ApiOperations.coverage(operations).get("operations")).isGreaterThan(80);
    }

    static java.util.Optional<String> problem(ApiResponse answer, boolean htmlAllowed) {
        if (answer.status() >= 500) {
            return java.util.Optional.of(answer.status() + " " + abbreviated(answer.body()));
        }
        if (LEAK.matcher(answer.body()).find()) {
            return java.util.Optional.of("leaks internals: " + abbreviated(answer.body()));
        }
        String type = answer.header("Content-Type").orElse("");
        if (htmlAllowed && type.startsWith("text/html")) {
            return java.util.Optional.empty();
        }
        if (answer.status() < 400) {
            return java.util.Optional.empty(); // a read the hostile value could not hurt (a search for "' OR 1=1")
        }
        if (!type.startsWith("application/json")) {
            return java.util.Optional.of(
                    answer.status() + " outside the envelope (" + type + "): " + abbreviated(answer.body()));
        }
        try {
            JsonObject body = answer.json();
            if (!body.keySet().equals(Set.of("success", "data", "message", "error"))
                    || body.getBoolean("success")
                    || !ERROR_CODES.contains(body.getJsonObject("error").getString("code"))) {
                return java.util.Optional.of("not the failure envelope: " + abbreviated(answer.body()));
            }
        } catch (RuntimeException e) {
            return java.util.Optional.of("unreadable body: " + abbreviated(answer.body()));
        }
        return java.util.Optional.empty();
    }

    // ---- the walk ----------------------------------------------------------------------------------------

    static List<Hostile> requests(List<Operation> operations, Fixture fixture) {
        List<Hostile> requests = new ArrayList<>();
        Iterator<String> addresses = HostileValues.addressTexts().iterator();
        Iterator<byte[]> bodies =
                HostileValues.sample(HostileValues.brokenJsonBody(), 100_000).iterator();
        Iterator<byte[]> files =
                HostileValues.sample(HostileValues.hostileFile(), 100_000).iterator();
        for (Operation operation : operations) {
            boolean html = operation.path().startsWith("/newsletter/unsubscribe");
            String[] who = operation.needsToken() ? fixture.staff : new String[0];
            // Hostile path segments, for every operation that has any: never a row of the fixture, so nothing acts.
            for (int i = 0; i < 6 && !operation.pathParameters().isEmpty(); i++) {
                String value = addresses.next();
                String path = fill(operation.path(), name -> encodedPath(value));
                requests.add(hostile(operation, "path " + printable(value), path, null, who, html));
            }
            if (operation.method().equals("GET")) {
                String path = fill(operation.path(), name -> fixture.known(operation.path(), name));
                List<String> parameters = new ArrayList<>(FILTERS);
                parameters.addAll(operation.queryParameters());
                for (int i = 0; i < 12; i++) {
                    String parameter = parameters.get((i * 7 + operation.path().length()) % parameters.size());
                    String value = addresses.next();
                    String query = "?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
                    requests.add(hostile(
                            operation, "query " + parameter + "=" + printable(value), path + query, null, who, html));
                    requests.add(hostile(
                            operation, "anonymous query " + parameter, path + query, null, new String[0], html));
                }
            }
            if (operation.takesJson()) {
                String path = writable(operation)
                        ? fill(operation.path(), name -> fixture.known(operation.path(), name))
                        : fill(operation.path(), name -> "no-such-" + name);
                for (Field field : operation.bodyFields()) {
                    Iterator<String> values = HostileValues.sample(
                                    HostileValues.invalidJsonFor(field.type(), field.maxLength()), 3)
                            .iterator();
                    while (values.hasNext()) {
                        String json = values.next();
                        String body = "{\"" + field.name() + "\":" + json + "}";
                        requests.add(hostile(
                                operation,
                                "field " + field.name() + "=" + printable(json),
                                path,
                                body.getBytes(StandardCharsets.UTF_8),
                                who,
                                html));
                    }
                }
                for (int i = 0; i < 4; i++) {
                    byte[] body = bodies.next();
                    requests.add(hostile(
                            operation,
                            "broken body " + printable(new String(body, StandardCharsets.UTF_8)),
                            path,
                            body,
                            who,
                            html));
                }
                requests.add(new Hostile(
                        operation.method() + " " + path + " as text/plain",
                        () -> Api.send(operation.method(), path, "{}", with(who, "Content-Type", "text/plain")),
                        html));
                requests.add(new Hostile(
                        operation.method() + " " + path + " as XML",
                        () -> Api.send(operation.method(), path, "<a/>", with(who, "Content-Type", "application/xml")),
                        html));
            }
            if (operation.takesMultipart()) {
                String path = fill(operation.path(), name -> fixture.known(operation.path(), name));
                String token = who.length == 0 ? null : who[1];
                for (int i = 0; i < 6; i++) {
                    byte[] file = files.next();
                    requests.add(new Hostile(
                            operation.method() + " " + path + " file of " + file.length + " bytes",
                            () -> MultipartUpload.send(
                                    operation.method(), path, token, "x.png", "image/png", file, Map.of()),
                            html));
                }
                if (!operation.path().endsWith("/images")) {
                    continue; // icons and service images have no other field; a sound file would be stored
                }
                requests.add(new Hostile(
                        operation.method() + " " + path + " hostile fields",
                        () -> MultipartUpload.send(
                                operation.method(),
                                path,
                                token,
                                "x.png",
                                "image/png",
                                TestImages.png(400, 400),
                                Map.of("alt_text", "a\u0000b", "is_primary", "maybe", "order", "-1e400")),
                        html));
            }
        }
        // What a well-behaved client could not even send: malformed escapes, TRACE.
        for (String target : List.of(
                "/api/v1/products/%C0%AE%C0%AE/",
                "/api/v1/products/%FF%FE",
                "/api/v1/products?search=%ZZ",
                "/api/v1/categories/%E0%80%80",
                "/media/%2e%2e/%2e%2e/etc/passwd",
                "/api/v1/products?page=%")) {
            requests.add(new Hostile("raw GET " + target, () -> RawHttp.get(target), false));
        }
        requests.add(new Hostile("TRACE", () -> Api.send("TRACE", "/api/v1/products", null), false));
        return requests;
    }

    static Hostile hostile(Operation operation, String what, String path, byte[] body, String[] who, boolean html) {
        String description =
                operation.method() + " " + path + " [" + what + "]" + (who.length == 0 ? " anonymously" : " as staff");
        return new Hostile(
                abbreviated(description),
                () -> body == null
                        ? Api.send(operation.method(), path, null, who)
                        : Api.sendBytes(operation.method(), path, body, who),
                html);
    }

    /** PUT and PATCH may target the fixture's rows, whose bodies are all refused; actions never do. */
    static boolean writable(Operation operation) {
        return Set.of("PUT", "PATCH").contains(operation.method())
                || (operation.method().equals("POST")
                        && operation.pathParameters().isEmpty());
    }

    static String fill(String template, java.util.function.Function<String, String> value) {
        String path = template;
        for (var matcher = Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(template); matcher.find(); ) {
            path = path.replace(matcher.group(), value.apply(matcher.group(1)));
        }
        return path;
    }

    static String encodedPath(String value) {
        String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        return encoded.isEmpty() ? "%20" : encoded;
    }

    static String[] with(String[] who, String... headers) {
        String[] all = java.util.Arrays.copyOf(who, who.length + headers.length);
        System.arraycopy(headers, 0, all, who.length, headers.length);
        return all;
    }

    static String printable(String value) {
        return abbreviated(value.replaceAll("\\p{Cntrl}", "?"));
    }

    static String abbreviated(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    /** Per written table: its row count and the latest write, read in one statement on one connection. */
    static final class Fingerprint implements AutoCloseable {

        private final java.sql.Connection connection;
        private final java.sql.PreparedStatement statement;

        Fingerprint() throws java.sql.SQLException {
            String sql = WRITTEN.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(table -> "(SELECT '" + table.getKey() + "=' || count(*) || '/' || coalesce(hashtext(max("
                            + table.getValue() + ")::text), 0) FROM " + table.getKey() + ")")
                    .collect(java.util.stream.Collectors.joining(" || ' ' || ", "SELECT ", ""));
            connection = TestDatabase.connection();
            statement = connection.prepareStatement(sql);
        }

        String now() throws java.sql.SQLException {
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }

        @Override
        public void close() throws java.sql.SQLException {
            statement.close();
            connection.close();
        }
    }

    /** One row of each kind, whose addresses the walk uses where an operation acts on an existing row. */
    record Fixture(String[] staff, Map<String, String> known) {

        static Fixture build() {
            String tag = "h" + UUID.randomUUID().toString().substring(0, 8);
            String[] admin = Api.bearer(Tokens.access(TestDatabase.createUser("hostile-admin", "admin", true)));
            JsonObject category = created(Api.post("/api/v1/categories", Json.object("name", "Hostile " + tag), admin));
            long categoryId = category.getJsonNumber("id").longValue();
            JsonObject product = created(Api.post(
                    "/api/v1/products",
                    Json.object("name", "Hostile " + tag, "category", categoryId, "price", "1000", "stock_quantity", 3),
                    admin));
            JsonObject image = created(MultipartUpload.send(
                    "POST",
                    "/api/v1/products/" + product.getString("slug") + "/images",
                    admin[1],
                    "p.png",
                    "image/png",
                    TestImages.png(400, 400),
                    Map.of()));
            JsonObject promotion = created(Api.post(
                    "/api/v1/promotions",
                    PromotionBody.percent("Hostile " + tag, 5).onCategories(categoryId),
                    admin));
            JsonObject service = created(Api.post("/api/v1/services", Json.object("title", "Hostile " + tag), admin));
            JsonObject link = created(Api.post(
                    "/api/v1/social-links",
                    Json.object("name", "Youtube", "url", "https://youtube.com/" + tag),
                    admin));
            JsonObject template = created(Api.post(
                    "/api/v1/newsletter/templates",
                    Json.object("name", "Hostile " + tag, "subject", "Sujet", "plain_content", "Texte"),
                    admin));
            JsonObject campaign = created(Api.post(
                    "/api/v1/newsletter/campaigns",
                    Json.object("name", "Hostile " + tag, "template", template.getString("slug")),
                    admin));
            TestDatabase.User user = TestDatabase.createUser("hostile-target", "staff", true);
            Map<String, String> known = new LinkedHashMap<>();
            known.put("/api/v1/products/", product.getString("slug"));
            known.put("/api/v1/categories/", category.getString("slug"));
            known.put("/api/v1/promotions/", promotion.getString("slug"));
            known.put("/api/v1/services/", service.getString("slug"));
            known.put("/api/v1/social-links/", link.getJsonNumber("id").toString());
            known.put("/api/v1/newsletter/templates/", template.getString("slug"));
            known.put(
                    "/api/v1/newsletter/campaigns/",
                    campaign.getJsonNumber("id").toString());
            known.put("/api/v1/users/", Long.toString(user.id()));
            known.put("image", image.getJsonNumber("id").toString());
            return new Fixture(admin, known);
        }

        String known(String path, String parameter) {
            if (parameter.equals("id") && path.contains("/images/")) {
                return known.get("image");
            }
            return known.entrySet().stream()
                    .filter(entry -> path.startsWith(entry.getKey()))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse("no-such-" + parameter);
        }

        static JsonObject created(ApiResponse response) {
            assertThat(response.status()).as(response.toString()).isIn(200, 201);
            return response.data();
        }
    }
}
