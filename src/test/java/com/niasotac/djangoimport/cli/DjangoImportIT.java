package com.niasotac.djangoimport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Await;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.Json;
import com.niasotac.it.support.S3Server;
import com.niasotac.it.support.ScratchDatabase;
import com.niasotac.it.support.TestDatabase;
import com.niasotac.it.support.Tokens;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Django importer on the fixtures made by the original application: each into a database of its own (so the
 * shared one stays as the other tests expect it), checked against expected.json, run again, changed, run again;
 * into S3; from PostgreSQL; with bad input. One import goes into the shared database, to sign in and read images
 * through the running application, and is undone by importing an emptied copy (every row deleted in Django).
 */
@ExtendWith(ArquillianExtension.class)
class DjangoImportIT {

    @TempDir
    Path work;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    static List<Fixture> fixtures() {
        return Fixture.all();
    }

    static Fixture later() {
        return fixtures().stream().filter(f -> !f.original()).findFirst().orElseThrow();
    }

    static Fixture original() {
        return fixtures().stream().filter(Fixture::original).findFirst().orElseThrow();
    }

    Map<String, String> environment(ScratchDatabase db, Path mediaRoot) {
        Map<String, String> environment = new HashMap<>();
        environment.put("DATABASE_URL", db.url());
        environment.put("MEDIA_ROOT", mediaRoot.toString());
        return environment;
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void importsEveryFactOfAFixtureThenASecondRunChangesNothing(Fixture fixture) throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create("django_import")) {
            Path media = work.resolve("media");
            Map<String, String> environment = environment(db, media);
            long missing = fixture.expected()
                    .getAsJsonObject("counts")
                    .get("product_images_missing_file")
                    .getAsLong();

            Importer.Result dryRun = Importer.inProcess(environment, fixture.arguments("--dry-run"));
            assertThat(dryRun.out()).contains("Dry run, nothing written");
            long products =
                    fixture.expected().getAsJsonObject("counts").get("products").getAsLong();
            assertThat(dryRun.count("products", "imported")).isEqualTo(products);
            assertThat(db.text("SELECT to_regclass('product')"))
                    .as("a dry run writes nothing")
                    .isNull();
            assertThat(media).doesNotExist();

            Importer.Result first = Importer.asProcess(environment, fixture.arguments());
            assertThat(first.exit()).as(first.err()).isEqualTo(missing > 0 ? 1 : 0);
            assertThat(first.count("product images", "skipped")).isEqualTo((int) missing);
            assertThat(first.entity("product images").toString()).contains("file missing from --media");
            assertThat(first.out()).contains("entity", "imported", "products");
            assertThat(first.err()).contains("product images 100%");
            new ExpectedFacts(fixture, db, ExpectedFacts.localFiles(media)).check();
            assertThat(db.count(
                            "SELECT count(*) FROM product_image i WHERE (SELECT count(*) FROM product_image_variant v"
                                    + " WHERE v.image_id = i.id) <> 2"))
                    .as("every imported image has its 320 and 800 px variants, as an upload would")
                    .isZero();
            assertThat(
                            db.column(
                                    "SELECT webp_key FROM product_image_variant UNION ALL SELECT fallback_key FROM product_image_variant"))
                    .isNotEmpty()
                    .allSatisfy(key -> assertThat(media.resolve(key)).isRegularFile());

            Importer.Result second = Importer.inProcess(environment, fixture.arguments("--allow-skips"));
            assertThat(second.exit()).isZero();
            assertThat(second.total("imported") + second.total("updated") + second.total("deleted"))
                    .isZero();
            assertThat(second.count("products", "unchanged")).isEqualTo(products);
            assertThat(second.out()).contains("Nothing changed");
        }
    }

    @Test
    void aLaterRunAppliesWhatChangedInDjango() throws Exception {
        Fixture fixture = later();
        Path copy = work.resolve("db.sqlite3");
        Files.copy(fixture.database(), copy);
        String[] arguments = { // variants: importsEveryFact… checks them, this test is about changes
            "--source", "sqlite://" + copy, "--media", fixture.media().toString(), "--allow-skips", "--variants-later"
        };
        try (ScratchDatabase db = ScratchDatabase.create("django_delta")) {
            Path media = work.resolve("media");
            Map<String, String> environment = environment(db, media);
            assertThat(Importer.inProcess(environment, arguments).exit()).isZero();
            assertThat(db.count("SELECT count(*) FROM product_image_variant"))
                    .as("--variants-later: left to the application's backfill")
                    .isZero();
            String gone = "ecran-dell-24-p2422h-dell-1";
            List<String> goneFiles = db.column(
                    "SELECT i.storage_key FROM product_image i JOIN product p"
                            + " ON p.id = i.product_id WHERE p.slug = ?",
                    gone);
            assertThat(goneFiles).hasSize(2);

            int promotionsOfGone;
            try (Connection django = DriverManager.getConnection("jdbc:sqlite:" + copy);
                    Statement change = django.createStatement()) {
                try (var rows = change.executeQuery("SELECT count(*) FROM showcase_promotion_products x JOIN"
                        + " showcase_product p ON p.id = x.product_id WHERE p.slug = '" + gone + "'")) {
                    rows.next();
                    promotionsOfGone = rows.getInt(1);
                }
                change.executeUpdate("UPDATE showcase_product SET price = 12345.67"
                        + " WHERE slug = 'epson-ecotank-l3250-garantie-2-ans-epson'");
                String id = "(SELECT id FROM showcase_product WHERE slug = '" + gone + "')";
                for (String table :
                        List.of("showcase_productimage", "showcase_productstatus", "showcase_promotion_products")) {
                    change.executeUpdate("DELETE FROM " + table + " WHERE product_id = " + id);
                }
                change.executeUpdate("DELETE FROM showcase_product WHERE id = " + id);
                change.executeUpdate("UPDATE showcase_category SET name = 'Informatique' WHERE slug = 'ordinateurs'");
                change.executeUpdate("INSERT INTO showcase_newslettersubscriber (email, name, subscribed, confirmed,"
                        + " confirmation_token, source, tags, created_at) VALUES ('nouvelle@example.org', 'Nouvelle',"
                        + " 1, 1, 'abc123', 'footer', 'promo', '2026-12-01 10:00:00')");
                change.executeUpdate("UPDATE auth_user SET is_active = 0 WHERE username = 'koffi.mensah'");
            }
            long subtree = db.count("SELECT count(*) FROM category WHERE path LIKE"
                    + " (SELECT path FROM category WHERE slug = 'ordinateurs') || '%'");

            Importer.Result delta = Importer.inProcess(environment, arguments);

            assertThat(delta.exit()).isZero();
            assertThat(delta.count("products", "updated")).isEqualTo(1);
            assertThat(delta.count("products", "deleted")).isEqualTo(1);
            assertThat(delta.count("product images", "deleted")).isEqualTo(2);
            assertThat(delta.count("categories", "updated"))
                    .as("the renamed root and its subtree")
                    .isEqualTo((int) subtree);
            assertThat(delta.count("newsletter subscribers", "imported")).isEqualTo(1);
            assertThat(delta.count("users", "updated")).isEqualTo(1);
            assertThat(delta.count("promotions", "updated"))
                    .as("promotions that lost a target")
                    .isEqualTo(promotionsOfGone);
            assertThat(delta.total("imported") + delta.total("updated") + delta.total("deleted"))
                    .as("nothing else changed")
                    .isEqualTo(1 + 1 + 2 + (int) subtree + 1 + 1 + promotionsOfGone);
            assertThat(db.text("SELECT price FROM product WHERE slug = 'epson-ecotank-l3250-garantie-2-ans-epson'"))
                    .isEqualTo("12345.67");
            assertThat(db.count("SELECT count(*) FROM product WHERE slug = ?", gone))
                    .isZero();
            goneFiles.forEach(key -> assertThat(media.resolve(key)).doesNotExist());
            assertThat(db.column("SELECT DISTINCT split_part(full_path, ' > ', 1) FROM category WHERE path LIKE"
                            + " (SELECT path FROM category WHERE slug = 'ordinateurs') || '%'"))
                    .containsExactly("Informatique");
            assertThat(db.text("SELECT is_active FROM app_user WHERE username = 'koffi.mensah'"))
                    .isEqualTo("f");
            assertThat(db.text("SELECT tags[1] FROM newsletter_subscriber WHERE email = 'nouvelle@example.org'"))
                    .isEqualTo("promo");
            assertThat(db.count("SELECT count(*) FROM django_import_map WHERE entity = 'products'"))
                    .isEqualTo(149);
        }
    }

    @Test
    void signsInWithADjangoPasswordAndServesTheImportedImagesThroughTheApplication() throws Exception {
        Fixture fixture = later();
        Map<String, String> shared = new HashMap<>();
        shared.put("DATABASE_URL", System.getProperty("it.database.url"));
        shared.put("MEDIA_ROOT", System.getProperty("it.media.root"));
        String settingsBefore = TestDatabase.text("SELECT row_to_json(s)::text FROM site_settings s");
        Importer.Result imported = Importer.inProcess(shared, fixture.arguments("--allow-skips"));
        try {
            assertThat(imported.exit()).as(imported.out()).isZero();
            // a GET first: the shared HTTP client may hold a connection the previous deployment closed, which it
            // retries for a GET but not for the sign-in's POST
            Await.until(() -> Api.get("/healthz/ready").status() == 200, java.time.Duration.ofSeconds(30));
            ApiResponse signIn = Api.post("/api/token", Tokens.credentials("awa.dossou", "Cotonou#Staff-01"));
            assertThat(signIn.status()).as(signIn.toString()).isEqualTo(200);
            assertThat(TestDatabase.text("SELECT password_hash FROM app_user WHERE username = 'awa.dossou'"))
                    .as("re-hashed with bcrypt at sign-in")
                    .startsWith("$2b$12$");
            assertThat(Api.post("/api/token", Tokens.credentials("awa.dossou", "Cotonou#Staff-01"))
                            .status())
                    .isEqualTo(200);
            assertThat(Api.post("/api/token", Tokens.credentials("ancien.stagiaire", "Stage2025!"))
                            .status())
                    .as("inactive in Django, inactive here")
                    .isEqualTo(401);

            String slug = "ecran-dell-24-p2422h-dell-1";
            ApiResponse product = Api.get("/api/v1/products/" + slug);
            assertThat(product.status()).as(product.toString()).isEqualTo(200);
            var images = product.data().getJsonArray("images");
            assertThat(images).hasSize(2);
            assertThat(images.getJsonObject(0).getJsonObject("thumbnails").keySet())
                    .as("imported with their variants")
                    .containsExactly("320", "800");
            HttpClient http = HttpClient.newHttpClient();
            for (var image : images) {
                JsonObject i = image.asJsonObject();
                HttpResponse<byte[]> file = http.send(
                        HttpRequest.newBuilder(URI.create(i.getString("url"))).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertThat(file.statusCode()).isEqualTo(200);
                assertThat(file.body()).hasSizeGreaterThan(1000);
            }
            assertThat(images.get(0).asJsonObject().getString("url"))
                    .as("the PNG named .jpg is stored as what it is")
                    .endsWith(".png");

            String pending = pendingToken(fixture);
            ApiResponse confirm = Api.post("/api/v1/newsletter/confirm", Json.object("token", pending));
            assertThat(confirm.status())
                    .as("a confirmation link Django mailed works here: " + confirm)
                    .isEqualTo(200);
            assertThat(confirm.data().getString("status")).isEqualTo("confirmed");

            Thread.sleep(3000); // the campaign timer ticks every second in the tests
            assertThat(TestDatabase.count("SELECT count(*) FROM newsletter_send_log l JOIN newsletter_campaign c"
                            + " ON c.id = l.campaign_id WHERE c.name = 'Nouveautés de novembre' AND c.status = 'sent'"))
                    .as("a sent campaign is never sent again")
                    .isEqualTo(24);
        } finally {
            Importer.Result undone = Importer.inProcess(shared, emptied(fixture).toArray(String[]::new));
            assertThat(undone.exit()).as(undone.out()).isZero();
            assertThat(TestDatabase.count("SELECT count(*) FROM django_import_map"))
                    .isZero();
            try (Connection connection = TestDatabase.connection();
                    var restore = connection.prepareStatement("UPDATE site_settings s SET (company_name,"
                            + " company_description, whatsapp_number, contact_email, contact_phone, contact_address)"
                            + " = (SELECT b.company_name, b.company_description, b.whatsapp_number, b.contact_email,"
                            + " b.contact_phone, b.contact_address FROM json_populate_record(NULL::site_settings,"
                            + " CAST(? AS json)) b)")) {
                restore.setString(1, settingsBefore);
                restore.executeUpdate();
            }
        }
    }

    /** A copy of the fixture with every row deleted, as if Django had deleted them all. */
    private List<String> emptied(Fixture fixture) throws Exception {
        Path copy = work.resolve("emptied.sqlite3");
        Files.copy(fixture.database(), copy);
        try (Connection django = DriverManager.getConnection("jdbc:sqlite:" + copy);
                Statement statement = django.createStatement()) {
            List<String> tables = new java.util.ArrayList<>();
            try (var rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND (name LIKE 'showcase_%' OR name LIKE 'auth_user%')")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        }
        return List.of(
                "--source", "sqlite://" + copy, "--media", fixture.media().toString(), "--allow-skips");
    }

    private static String pendingToken(Fixture fixture) throws SQLException {
        try (Connection django = DriverManager.getConnection("jdbc:sqlite:" + fixture.database());
                Statement statement = django.createStatement();
                var rows = statement.executeQuery("SELECT confirmation_token FROM showcase_newslettersubscriber"
                        + " WHERE subscribed AND NOT confirmed ORDER BY id LIMIT 1")) {
            rows.next();
            return rows.getString(1);
        }
    }

    @Test
    void storesTheMediaInS3WhenTheApplicationDoes() throws Exception {
        S3Server.createBucket();
        Fixture fixture = later();
        try (ScratchDatabase db = ScratchDatabase.create("django_s3");
                var s3 = S3Server.client()) {
            Map<String, String> environment = new HashMap<>(S3Server.applicationSettings());
            environment.put("DATABASE_URL", db.url());
            Importer.Result result =
                    Importer.inProcess(environment, fixture.arguments("--allow-skips", "--variants-later"));
            assertThat(result.exit()).as(result.err()).isZero();
            assertThat(result.out()).contains("s3 bucket " + S3Server.BUCKET);
            Function<String, byte[]> bucket = key -> s3.getObjectAsBytes(
                            request -> request.bucket(S3Server.BUCKET).key(key))
                    .asByteArray();
            new ExpectedFacts(fixture, db, bucket).check();
        }
    }

    @Test
    void readsTheSameDataFromAPostgresSource() throws Exception {
        Fixture fixture = original();
        try (ScratchDatabase source = ScratchDatabase.create("django_source");
                ScratchDatabase db = ScratchDatabase.create("django_from_pg")) {
            try (Connection connection = source.connection()) {
                SqliteToPostgres.copy(fixture.database(), connection);
            }
            Path media = work.resolve("media");
            Importer.Result result = Importer.inProcess(
                    environment(db, media),
                    "--source",
                    source.url(),
                    "--media",
                    fixture.media().toString(),
                    "--allow-skips",
                    "--variants-later");
            assertThat(result.exit()).as(result.err()).isZero();
            assertThat(result.out()).contains("original (in_stock, stock_quantity, description) schema");
            new ExpectedFacts(fixture, db, ExpectedFacts.localFiles(media)).check();
        }
    }

    @Test
    void refusesBadInputWithAClearMessageAndWritesNothing() throws Exception {
        Fixture fixture = later();
        Path notADatabase = Files.writeString(work.resolve("notes.sqlite3"), "not a database");
        Path notNiasotac = work.resolve("other.sqlite3");
        Path unknownSchema = work.resolve("unknown.sqlite3");
        Files.copy(fixture.database(), notNiasotac);
        Files.copy(fixture.database(), unknownSchema);
        sqlite(notNiasotac, "DELETE FROM django_migrations WHERE app = 'showcase'");
        sqlite(unknownSchema, "DELETE FROM django_migrations WHERE name LIKE '0005%'");
        String wrongPassword = System.getProperty("it.database.url").replaceFirst(":[^:@/]+@", ":wrong-password@");
        String media = fixture.media().toString();
        Map<List<String>, String> cases = Map.of(
                List.of("--source", "sqlite://" + notADatabase, "--media", media), "is not a readable SQLite database",
                List.of("--source", "sqlite://" + work.resolve("absent.sqlite3"), "--media", media), "there is no file",
                List.of("--source", wrongPassword, "--media", media), "refused the user name or password",
                List.of(
                                "--source",
                                "sqlite://" + fixture.database(),
                                "--media",
                                work.resolve("nowhere").toString()),
                        "is not a folder",
                List.of("--source", "sqlite://" + notNiasotac, "--media", media), "not NIASOTAC's",
                List.of("--source", "sqlite://" + unknownSchema, "--media", media), "not a schema this importer reads",
                List.of("--source", "mysql://x@y/z", "--media", media), "--source must be sqlite:///");
        try (ScratchDatabase db = ScratchDatabase.create("django_refused")) {
            for (var c : cases.entrySet()) {
                Importer.Result result = Importer.inProcess(
                        environment(db, work.resolve("m")), c.getKey().toArray(String[]::new));
                assertThat(result.exit()).as(c.getKey().toString()).isEqualTo(ImportDjangoCommand.BAD_INPUT);
                assertThat(result.err()).as(c.getKey().toString()).contains(c.getValue());
            }
            Map<String, String> wrongTarget = environment(db, work.resolve("m"));
            wrongTarget.put("DATABASE_URL", db.url().replaceFirst(":[^:@/]+@", ":wrong-password@"));
            Importer.Result refused = Importer.inProcess(wrongTarget, fixture.arguments());
            assertThat(refused.exit()).isEqualTo(ImportDjangoCommand.BAD_INPUT);
            assertThat(refused.err()).contains("(DATABASE_URL) refused the connection");
            assertThat(db.text("SELECT to_regclass('flyway_schema_history')"))
                    .as("nothing written")
                    .isNull();
            Importer.Result noTarget = Importer.asProcess(Map.of(), fixture.arguments());
            assertThat(noTarget.exit()).isEqualTo(ImportDjangoCommand.BAD_INPUT);
            assertThat(noTarget.err()).contains("DATABASE_URL is not set");
        }
    }

    private static void sqlite(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
