package com.niasotac.platform.it;

import static com.niasotac.it.support.EnvelopeAssertions.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.Json;
import com.niasotac.it.support.TestDatabase;
import com.niasotac.it.support.Tokens;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No list filter is silently ignored: each one the Django admin had narrows its list here, and a value that
 * cannot be one (a number that is not, a date that is not, a template that does not exist) is a 400 naming it.
 */
@ExtendWith(ArquillianExtension.class)
class ListFiltersIT {

    static final String TAG = "f" + UUID.randomUUID().toString().substring(0, 8);
    static String[] staff;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void signIn() {
        staff = Api.bearer(Tokens.access(TestDatabase.createUser("filters-staff", "staff", true)));
    }

    static JsonObject created(String collection, String body) {
        ApiResponse created = Api.post(collection, body, staff);
        assertThat(created.status()).as(collection + " " + created).isEqualTo(201);
        return created.data();
    }

    /** The names (or titles, or addresses) the list answers, as staff. */
    static List<String> listed(String path, String field) {
        ApiResponse response = Api.get(path, staff);
        assertThat(response.status()).as(path + " " + response).isEqualTo(200);
        return response.data().getJsonArray("results").getValuesAs(JsonObject.class).stream()
                .map(row -> row.getString(field))
                .toList();
    }

    static void refused(String path, String parameter) {
        ApiResponse response = Api.get(path, staff);
        assertFailure(response, 400, "validation_error");
        assertThat(response.json()
                        .getJsonObject("error")
                        .getJsonObject("fields")
                        .keySet())
                .as(path)
                .contains(parameter);
    }

    @Test
    void productsByNameStockViewsAndClicks() {
        long category = created("/api/v1/categories", Json.object("name", "Filtres " + TAG))
                .getJsonNumber("id")
                .longValue();
        JsonObject few = created(
                "/api/v1/products",
                Json.object("name", "Écran Élan " + TAG, "category", category, "price", "1000", "stock_quantity", 3));
        created(
                "/api/v1/products",
                Json.object("name", "Clavier " + TAG, "category", category, "price", "1000", "stock_quantity", 30));
        TestDatabase.count(
                "WITH u AS (UPDATE product SET view_count = 500, whatsapp_click_count = 40 WHERE id = ? RETURNING 1)"
                        + " SELECT count(*) FROM u",
                few.getJsonNumber("id").longValue());
        String list = "/api/v1/products?category=" + category + "&";

        assertThat(listed(list, "name")).hasSize(2);
        assertThat(listed(list + "name=ecran%20elan", "name")).containsExactly("Écran Élan " + TAG);
        assertThat(listed(list + "min_stock=10", "name")).containsExactly("Clavier " + TAG);
        assertThat(listed(list + "max_stock=10", "name")).containsExactly("Écran Élan " + TAG);
        assertThat(listed(list + "min_views=100", "name")).containsExactly("Écran Élan " + TAG);
        assertThat(listed(list + "min_clicks=41", "name")).isEmpty();
        assertThat(Api.get(list + "name=clavier").data().getInt("count"))
                .as("anonymous too")
                .isEqualTo(1);

        refused(list + "min_stock=beaucoup", "min_stock");
        refused(list + "max_stock=1.5", "max_stock");
        refused(list + "min_views=x", "min_views");
        refused(list + "min_clicks=-", "min_clicks");
    }

    @Test
    void categoriesByNameAndSlugAndTheMinimalListToo() {
        JsonObject first = created("/api/v1/categories", Json.object("name", "Réseau " + TAG));
        created("/api/v1/categories", Json.object("name", "Stockage " + TAG));

        assertThat(listed("/api/v1/categories?search=" + TAG, "name")).hasSize(2);
        assertThat(listed("/api/v1/categories?name=reseau%20" + TAG, "name")).containsExactly("Réseau " + TAG);
        assertThat(listed("/api/v1/categories?slug=" + first.getString("slug"), "name"))
                .containsExactly("Réseau " + TAG);
        ApiResponse minimal = Api.get("/api/v1/categories/minimal?name=stockage%20" + TAG);
        assertThat(minimal.json().getJsonArray("data").getValuesAs(JsonObject.class))
                .extracting(row -> row.getString("name"))
                .containsExactly("Stockage " + TAG);
        assertThat(Api.get("/api/v1/categories/minimal?search=" + TAG).json().getJsonArray("data"))
                .hasSize(2);

        refused("/api/v1/categories/minimal?level=haut", "level");
        refused("/api/v1/categories?has_products=peut-etre", "has_products");
    }

    @Test
    void promotionsByName() {
        long category = created("/api/v1/categories", Json.object("name", "Promos " + TAG))
                .getJsonNumber("id")
                .longValue();
        for (String name : List.of("Rentrée " + TAG, "Noël " + TAG)) {
            created(
                    "/api/v1/promotions",
                    Json.object(
                            "name", name, "promotion_type", "percent", "value", "5", "categories", List.of(category)));
        }

        assertThat(listed("/api/v1/promotions?search=" + TAG, "name")).hasSize(2);
        assertThat(listed("/api/v1/promotions?name=noel%20" + TAG, "name")).containsExactly("Noël " + TAG);
        refused("/api/v1/promotions?name=x&start_after=demain", "start_after");
    }

    @Test
    void subscribersByAddressAndName() {
        for (String name : List.of("Koffi", "Afi")) {
            TestDatabase.count(
                    "INSERT INTO newsletter_subscriber (email, name) VALUES (?, ?) RETURNING id",
                    name.toLowerCase() + "." + TAG + "@example.com",
                    name + " " + TAG);
        }
        String list = "/api/v1/newsletter/subscribers?search=" + TAG + "&";

        assertThat(listed(list, "email")).hasSize(2);
        assertThat(listed(list + "email=KOFFI." + TAG, "email")).containsExactly("koffi." + TAG + "@example.com");
        assertThat(listed(list + "name=afi", "email")).containsExactly("afi." + TAG + "@example.com");
        refused(list + "confirmed=bientot", "confirmed");
    }

    @Test
    void templatesByNameAndSubjectAndCampaignsByNameTemplateAndDates() {
        JsonObject promo = created(
                "/api/v1/newsletter/templates",
                Json.object("name", "Promo " + TAG, "subject", "Les soldes", "plain_content", "Texte"));
        JsonObject news = created(
                "/api/v1/newsletter/templates",
                Json.object("name", "Nouvelles " + TAG, "subject", "Arrivages", "plain_content", "Texte"));
        assertThat(listed("/api/v1/newsletter/templates?search=" + TAG, "name")).hasSize(2);
        assertThat(listed("/api/v1/newsletter/templates?name=promo%20" + TAG, "name"))
                .containsExactly("Promo " + TAG);
        assertThat(listed("/api/v1/newsletter/templates?search=" + TAG + "&subject=arrivage", "name"))
                .containsExactly("Nouvelles " + TAG);

        Instant inAWeek = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        created(
                "/api/v1/newsletter/campaigns",
                Json.object("name", "Soldes " + TAG, "template", promo.getString("slug"), "scheduled_at", inAWeek));
        JsonObject draft = created(
                "/api/v1/newsletter/campaigns",
                Json.object("name", "Arrivages " + TAG, "template", news.getString("slug")));
        String list = "/api/v1/newsletter/campaigns?name=" + TAG + "&";

        assertThat(listed(list, "name")).hasSize(2);
        assertThat(draft.getString("template_name")).isEqualTo("Nouvelles " + TAG);
        assertThat(listed("/api/v1/newsletter/campaigns?name=soldes%20" + TAG, "name"))
                .containsExactly("Soldes " + TAG);
        assertThat(listed(list + "template=" + news.getString("slug"), "name")).containsExactly("Arrivages " + TAG);
        assertThat(listed(list + "template=" + promo.getJsonNumber("id"), "name"))
                .containsExactly("Soldes " + TAG);
        assertThat(listed(list + "template=" + promo.getString("slug"), "template_name"))
                .containsExactly("Promo " + TAG);
        assertThat(listed(list + "scheduled_after=" + inAWeek.minusSeconds(60), "name"))
                .containsExactly("Soldes " + TAG);
        assertThat(listed(list + "scheduled_before=" + inAWeek.minusSeconds(60), "name"))
                .isEmpty();
        assertThat(listed(list + "created_after=" + Instant.now().plusSeconds(60), "name"))
                .isEmpty();
        assertThat(listed(list + "created_before=" + Instant.now().plusSeconds(60), "name"))
                .hasSize(2);
        assertThat(listed(list + "created_after=2000-01-01", "name")).hasSize(2);

        refused(list + "template=no-such-template", "template");
        refused(list + "scheduled_after=la-semaine-prochaine", "scheduled_after");
        refused(list + "scheduled_before=2026-13-01", "scheduled_before");
        refused(list + "created_after=hier", "created_after");
        refused(list + "status=envoyee", "status");
    }

    @Test
    void servicesByActivityForStaffAndOnlyActiveOnesForAnonymousVisitors() {
        created("/api/v1/services", Json.object("title", "Réparation " + TAG, "is_active", true));
        created("/api/v1/services", Json.object("title", "Archivé " + TAG, "is_active", false));

        List<String> all = listed("/api/v1/services?page_size=100&ordering=-created_at", "title");
        List<String> active = listed("/api/v1/services?page_size=100&ordering=-created_at&is_active=true", "title");
        List<String> inactive = listed("/api/v1/services?page_size=100&ordering=-created_at&is_active=false", "title");
        List<String> anonymousInactive = Api.get("/api/v1/services?page_size=100&ordering=-created_at&is_active=false")
                .data()
                .getJsonArray("results")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(row -> row.getString("title"))
                .toList();

        assertThat(all).contains("Réparation " + TAG, "Archivé " + TAG);
        assertThat(active).contains("Réparation " + TAG).doesNotContain("Archivé " + TAG);
        assertThat(inactive).contains("Archivé " + TAG).doesNotContain("Réparation " + TAG);
        assertThat(anonymousInactive).isEmpty();
        refused("/api/v1/services?is_active=parfois", "is_active");
    }
}
