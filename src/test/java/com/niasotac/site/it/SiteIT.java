package com.niasotac.site.it;

import static com.niasotac.it.support.EnvelopeAssertions.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.Json;
import com.niasotac.it.support.MultipartUpload;
import com.niasotac.it.support.TestCatalog;
import com.niasotac.it.support.TestDatabase;
import com.niasotac.it.support.TestImages;
import com.niasotac.it.support.Tokens;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Settings, services and social links; and the WhatsApp link products build from the settings. */
@ExtendWith(ArquillianExtension.class)
class SiteIT {

    String[] staff;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void signIn() {
        staff = Api.bearer(Tokens.access(TestDatabase.createUser("site-staff", "staff", true)));
    }

    static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void theSeededSettingsNameTheCompanyInCotonou() {
        JsonObject settings = Api.get("/api/v1/settings/").data();

        assertThat(settings.keySet())
                .containsExactly(
                        "whatsapp_number",
                        "contact_email",
                        "contact_phone",
                        "contact_address",
                        "company_name",
                        "company_description",
                        "social_links",
                        "updated_at");
        assertThat(settings.getString("contact_address")).contains("Cotonou").contains("Bénin");
        assertThat(settings.getString("whatsapp_number")).matches("\\d{8,15}");
    }

    @Test
    void staffPatchOnlyTheGivenFieldsAndBadValuesChangeNothing() {
        JsonObject settings = Api.get("/api/v1/settings", staff).data();
        String before = settings.getString("contact_email");
        try {
            ApiResponse patched =
                    Api.patch("/api/v1/settings", Json.object("contact_phone", "+229 01 97 12 34 56"), staff);
            ApiResponse bad = Api.patch(
                    "/api/v1/settings", Json.object("whatsapp_number", "+229 call me", "contact_email", "nope"), staff);

            assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
            assertThat(patched.data().getString("contact_phone")).isEqualTo("+229 01 97 12 34 56");
            assertThat(patched.data().getString("contact_email")).isEqualTo(before);
            assertFailure(bad, 400, "validation_error");
            assertThat(bad.json().getJsonObject("error").getJsonObject("fields").keySet())
                    .containsExactlyInAnyOrder("whatsapp_number", "contact_email");
            assertThat(Api.get("/api/v1/settings", staff).data().getString("contact_phone"))
                    .isEqualTo("+229 01 97 12 34 56");
        } finally {
            Api.patch("/api/v1/settings", Json.object("contact_phone", settings.get("contact_phone")), staff);
        }
    }

    @Test
    void anonymousClientsCannotChangeOrDeleteTheSettings() {
        assertFailure(Api.patch("/api/v1/settings", Json.object("company_name", "X")), 401, "not_authenticated");
        assertFailure(Api.send("DELETE", "/api/v1/settings", null, staff), 405, "method_not_allowed");
        assertFailure(Api.post("/api/v1/settings", "{}", staff), 405, "method_not_allowed");
    }

    @Test
    void servicesHaveGeneratedSlugsAndInactiveOnesAreHiddenFromTheShop() {
        String title = unique("Réparation PC");
        ApiResponse first = Api.post("/api/v1/services", Json.object("title", title, "order", 5), staff);
        ApiResponse twin = Api.post("/api/v1/services", Json.object("title", title, "is_active", false), staff);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        String slug = first.data().getString("slug");
        assertThat(slug).startsWith("reparation-pc-");
        assertThat(twin.data().getString("slug")).isEqualTo(slug + "-1");
        assertThat(Api.get("/api/v1/services/" + slug).data().getString("title"))
                .isEqualTo(title);
        assertFailure(Api.get("/api/v1/services/" + slug + "-1"), 404, "not_found");
        assertThat(Api.get("/api/v1/services/" + slug + "-1", staff).data().getBoolean("is_active"))
                .isFalse();
        assertThat(Api.get("/api/v1/services?page_size=100").body())
                .contains(slug)
                .doesNotContain(slug + "-1\"");
        for (String doomed : List.of(slug, slug + "-1")) {
            assertThat(Api.send("DELETE", "/api/v1/services/" + doomed, null, staff)
                            .status())
                    .isEqualTo(200);
        }
    }

    @Test
    void servicesRefuseBadLinksAndUnknownOrderings() {
        ApiResponse bad = Api.post(
                "/api/v1/services",
                Json.object("title", "", "image_url", "javascript:alert(1)", "external_link", "/relative"),
                staff);

        assertFailure(bad, 400, "validation_error");
        assertThat(bad.json().getJsonObject("error").getJsonObject("fields").keySet())
                .contains("title");
        assertFailure(
                Api.post("/api/v1/services", Json.object("title", "Ok", "image_url", "javascript:alert(1)"), staff),
                400,
                "validation_error");
        assertFailure(Api.get("/api/v1/services?ordering=secret"), 400, "validation_error");
        assertFailure(Api.post("/api/v1/services", Json.object("title", "Anonyme")), 401, "not_authenticated");
    }

    @Test
    void servicesCanBeChangedAndDeleted() {
        String slug = Api.post("/api/v1/services", Json.object("title", unique("Livraison")), staff)
                .data()
                .getString("slug");

        ApiResponse patched = Api.patch(
                "/api/v1/services/" + slug,
                Json.object("order", 9, "external_link", "https://niasotac.com/livraison"),
                staff);
        ApiResponse deleted = Api.send("DELETE", "/api/v1/services/" + slug, null, staff);

        assertThat(patched.data().getInt("order")).isEqualTo(9);
        assertThat(patched.data().getString("slug")).isEqualTo(slug);
        assertThat(deleted.status()).isEqualTo(200);
        assertFailure(Api.get("/api/v1/services/" + slug, staff), 404, "not_found");
    }

    @Test
    void aServiceImageIsUploadedCheckedReplacedAndDeletedWithItsFile() {
        String external = "https://cdn.niasotac.com/atelier.png";
        String slug = Api.post(
                        "/api/v1/services", Json.object("title", unique("Atelier"), "image_url", external), staff)
                .data()
                .getString("slug");
        String path = "/api/v1/services/" + slug + "/image";

        assertFailure(upload(path, TestImages.png(200, 200)), 400, "validation_error");
        assertFailure(upload(path, "pas une image".getBytes(StandardCharsets.UTF_8)), 400, "validation_error");
        assertFailure(
                MultipartUpload.send("PUT", path, null, "a.png", "image/png", TestImages.png(400, 400), Map.of()),
                401,
                "not_authenticated");
        assertThat(Api.get("/api/v1/services/" + slug).data().getString("image"))
                .isEqualTo(external);

        String first = upload(path, TestImages.png(400, 400)).data().getString("image_url");
        assertThat(first).contains("/media/services/");
        assertThat(Api.get(URI.create(first).getPath()).status()).isEqualTo(200);
        JsonObject replaced = upload(path, TestImages.jpeg(600, 400)).data();
        assertThat(replaced.getString("image"))
                .isEqualTo(replaced.getString("image_url"))
                .isNotEqualTo(first);
        assertThat(Api.get(URI.create(first).getPath()).status())
                .as("the replaced file is deleted")
                .isEqualTo(404);

        JsonObject removed = Api.send("DELETE", path, null, staff).data();
        assertThat(removed.getString("image_url"))
                .as("the external URL shows again")
                .isEqualTo(external);
        assertThat(Api.get(URI.create(replaced.getString("image")).getPath()).status())
                .isEqualTo(404);

        String last = upload(path, TestImages.png(400, 400)).data().getString("image_url");
        assertThat(Api.send("DELETE", "/api/v1/services/" + slug, null, staff).status())
                .isEqualTo(200);
        assertThat(Api.get(URI.create(last).getPath()).status())
                .as("deleting the service deletes its file")
                .isEqualTo(404);
    }

    ApiResponse upload(String path, byte[] file) {
        return MultipartUpload.send("PUT", path, staff[1], "photo", "application/octet-stream", file, Map.of());
    }

    @Test
    void socialLinksAcceptKnownNetworksOnlyAndAppearInTheSettings() {
        ApiResponse created = Api.post(
                "/api/v1/social-links",
                Json.object("name", "Tiktok", "url", "https://www.tiktok.com/@niasotac"),
                staff);
        ApiResponse unknown =
                Api.post("/api/v1/social-links", Json.object("name", "Myspace", "url", "https://myspace.com/x"), staff);
        ApiResponse badUrl =
                Api.post("/api/v1/social-links", Json.object("name", "Facebook", "url", "facebook"), staff);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.data().getJsonNumber("id").longValue();
        assertFailure(unknown, 400, "validation_error");
        assertThat(unknown.json().getJsonObject("error").getJsonObject("fields").keySet())
                .containsExactly("name");
        assertFailure(badUrl, 400, "validation_error");
        assertThat(Api.get("/api/v1/settings").body()).contains("https://www.tiktok.com/@niasotac");

        assertThat(Api.patch(
                                "/api/v1/social-links/" + id,
                                Json.object("url", "https://www.tiktok.com/@niasotac.bj"),
                                staff)
                        .data()
                        .getString("url"))
                .isEqualTo("https://www.tiktok.com/@niasotac.bj");
        assertThat(Api.send("DELETE", "/api/v1/social-links/" + id, null, staff).status())
                .isEqualTo(200);
        assertFailure(Api.get("/api/v1/social-links/" + id), 404, "not_found");
    }

    @Test
    void theSettingsShowTheLinksStaffChoose() {
        List<Long> shownBefore = Api.get("/api/v1/social-links?page_size=100", staff)
                .data()
                .getJsonArray("results")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(link -> link.getBoolean("is_shown"))
                .map(link -> link.getJsonNumber("id").longValue())
                .toList();
        String first = "https://www.linkedin.com/company/" + UUID.randomUUID();
        String second = "https://www.youtube.com/@" + UUID.randomUUID();
        long shown = Api.post("/api/v1/social-links", Json.object("name", "Linkedin", "url", first), staff)
                .data()
                .getJsonNumber("id")
                .longValue();
        JsonObject hidden = Api.post("/api/v1/social-links", Json.object("name", "Youtube", "url", second), staff)
                .data();
        long hiddenId = hidden.getJsonNumber("id").longValue();
        try {
            assertThat(hidden.getBoolean("is_shown")).as("shown by default").isTrue();

            ApiResponse chosen = Api.patch("/api/v1/settings", Json.object("social_link_ids", List.of(shown)), staff);

            assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
            assertThat(Api.get("/api/v1/settings").body()).contains(first).doesNotContain(second);
            assertThat(Api.get("/api/v1/social-links/" + hiddenId, staff).data().getBoolean("is_shown"))
                    .isFalse();
            assertThat(Api.patch("/api/v1/social-links/" + hiddenId, Json.object("is_shown", true), staff)
                            .data()
                            .getBoolean("is_shown"))
                    .isTrue();
            assertThat(Api.get("/api/v1/settings").body()).contains(first, second);
            ApiResponse unknown =
                    Api.patch("/api/v1/settings", Json.object("social_link_ids", List.of(shown, 999_999_999L)), staff);
            assertFailure(unknown, 400, "validation_error");
            assertThat(unknown.json()
                            .getJsonObject("error")
                            .getJsonObject("fields")
                            .keySet())
                    .containsExactly("social_link_ids");
            assertThat(Api.get("/api/v1/settings").body()).as("nothing changed").contains(first, second);
        } finally {
            Api.patch("/api/v1/settings", Json.object("social_link_ids", shownBefore), staff);
            Api.send("DELETE", "/api/v1/social-links/" + shown, null, staff);
            Api.send("DELETE", "/api/v1/social-links/" + hiddenId, null, staff);
        }
    }

    @Test
    void productsLinkToTheSettingsWhatsappNumberWithAFrenchMessage() {
        String number = Api.get("/api/v1/settings").data().getString("whatsapp_number");
        TestCatalog.Category category = TestCatalog.category("WhatsApp");
        TestCatalog.products(category, 1);

        String link =
                Api.get("/api/v1/products/" + category.slug() + "-1").data().getString("whatsapp_link");

        assertThat(link).startsWith("https://wa.me/" + number + "?text=");
        String message = URLDecoder.decode(link.substring(link.indexOf("text=") + 5), StandardCharsets.UTF_8);
        assertThat(message)
                .matches(
                        "(Bonjour|Bonsoir) .+, je suis intéressé\\(e\\) par « Produit 1 » de la marque Marque au prix de "
                                + "10 001 FCFA \\(au lieu de 12 001 FCFA, soit -17 %\\)\\. Voici le lien : "
                                + "https://shop\\.niasotac\\.test/products/" + category.slug() + "-1");
    }
}
