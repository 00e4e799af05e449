package com.niasotac.frontend.it;

import static com.niasotac.frontend.it.FieldKind.ARRAY;
import static com.niasotac.frontend.it.FieldKind.BOOLEAN;
import static com.niasotac.frontend.it.FieldKind.MONEY;
import static com.niasotac.frontend.it.FieldKind.NULLABLE_MONEY;
import static com.niasotac.frontend.it.FieldKind.NULLABLE_NUMBER;
import static com.niasotac.frontend.it.FieldKind.NULLABLE_STRING;
import static com.niasotac.frontend.it.FieldKind.NULLABLE_URL;
import static com.niasotac.frontend.it.FieldKind.NUMBER;
import static com.niasotac.frontend.it.FieldKind.STRING;
import static com.niasotac.frontend.it.FieldKind.URL;
import static com.niasotac.frontend.it.FieldKind.assertFields;
import static com.niasotac.it.support.EnvelopeAssertions.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Await;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.Json;
import com.niasotac.it.support.MailServer;
import com.niasotac.it.support.MultipartUpload;
import com.niasotac.it.support.TestDatabase;
import com.niasotac.it.support.TestImages;
import com.niasotac.it.support.Tokens;
import com.niasotac.testdata.CategoryBody;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The shop's own React frontend, call by call: one test per row of {@code shared/design/frontend-calls.md},
 * sending exactly what the frontend sends (its paths with their trailing slashes, its parameters) and
 * checking every field it reads, with the type it expects. The newsletter rows follow the mails' own links.
 */
@ExtendWith(ArquillianExtension.class)
class ShopFrontendIT {

    /** What a product card reads. */
    static final Map<String, FieldKind> LIST_ITEM = fields(
            "id", NUMBER,
            "name", STRING,
            "slug", STRING,
            "brand", NULLABLE_STRING,
            "price", MONEY,
            "compare_at_price", NULLABLE_MONEY,
            "final_price", MONEY,
            "has_discount", BOOLEAN,
            "main_image", NULLABLE_URL,
            "is_in_stock", BOOLEAN,
            "in_stock", BOOLEAN,
            "is_featured", BOOLEAN,
            "is_recommended", BOOLEAN,
            "category_name", STRING,
            "whatsapp_link", NULLABLE_URL,
            "short_description", NULLABLE_STRING);

    /** What the product page reads besides the card's fields. */
    static final Map<String, FieldKind> DETAIL = fields(
            "characteristics", NULLABLE_STRING,
            "images", ARRAY,
            "category_name", STRING,
            "category_slug", STRING,
            "sku", STRING,
            "is_in_stock", BOOLEAN,
            "discount_amount", MONEY);

    static final Map<String, FieldKind> IMAGE = fields(
            "image", URL,
            "alt_text", NULLABLE_STRING,
            "is_primary", BOOLEAN,
            "order", NUMBER);

    static final Pattern CONFIRMATION_LINK =
            Pattern.compile("https://shop\\.niasotac\\.test/newsletter/confirm/([A-Za-z0-9_-]+)");
    static final Pattern UNSUBSCRIBE_LINK =
            Pattern.compile("https://api\\.niasotac\\.test(/newsletter/unsubscribe\\?token=[A-Za-z0-9_-]+)");

    /** The shop built once for the class: two categories, three active products and an inactive one, a service. */
    record Shop(
            String tag,
            String[] staff,
            JsonObject root,
            JsonObject laptops,
            JsonObject hp,
            JsonObject dell,
            JsonObject lenovo,
            JsonObject hidden,
            JsonObject service) {}

    static Shop shop;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void buildTheShopOnce() {
        if (shop == null) {
            shop = build();
        }
    }

    // ---- every page --------------------------------------------------------------------------------------

    @Test
    void everyPageReadsTheSettings() {
        JsonObject settings = ok(Api.get("/api/v1/settings/"));

        assertFields(
                settings,
                fields(
                        "whatsapp_number", STRING,
                        "contact_email", STRING,
                        "contact_phone", STRING,
                        "contact_address", STRING,
                        "company_name", STRING,
                        "company_description", NULLABLE_STRING,
                        "social_links", ARRAY));
        settings.getJsonArray("social_links")
                .getValuesAs(JsonObject.class)
                .forEach(link -> assertFields(link, fields("name", STRING, "url", URL)));
    }

    // ---- categories --------------------------------------------------------------------------------------

    @Test
    void theHomeCategoryBandReadsTheRootCategories() {
        List<JsonObject> roots = everyResult("/api/v1/categories/?level=0");

        roots.forEach(category -> assertFields(
                category,
                fields(
                        "id", NUMBER,
                        "name", STRING,
                        "slug", STRING,
                        "product_count", NUMBER,
                        "icon_url", NULLABLE_URL)));
        JsonObject ours = bySlug(roots, shop.root().getString("slug"));
        assertThat(ours.getInt("product_count"))
                .as("active products of the whole subtree")
                .isEqualTo(3);
        assertThat(roots)
                .allSatisfy(category -> assertThat(category.getInt("level")).isZero());
    }

    @Test
    void theFilterSidebarReadsEveryCategory() {
        List<JsonObject> categories = everyResult("/api/v1/categories/");

        categories.forEach(category -> assertFields(
                category,
                fields(
                        "id", NUMBER,
                        "name", STRING,
                        "slug", STRING,
                        "parent", NULLABLE_NUMBER,
                        "level", NUMBER,
                        "product_count", NUMBER)));
        JsonObject laptops = bySlug(categories, shop.laptops().getString("slug"));
        assertThat(laptops.getJsonNumber("parent").longValue()).isEqualTo(id(shop.root()));
        assertThat(laptops.getInt("level")).isEqualTo(1);
        assertThat(laptops.getInt("product_count")).isEqualTo(3);
    }

    // ---- product lists -----------------------------------------------------------------------------------

    @Test
    void theHomeFeaturedCarouselReadsFeaturedProductsBestFirst() {
        JsonObject page = ok(Api.get("/api/v1/products/?is_featured=true&ordering=-featured_score&page_size=20"));

        List<JsonObject> results = results(page);
        results.forEach(item -> assertFields(item, LIST_ITEM));
        assertThat(results)
                .allSatisfy(item -> assertThat(item.getBoolean("is_featured")).isTrue());
        assertThat(results.stream().map(item -> item.getString("slug")))
                .contains(shop.hp().getString("slug"));
    }

    @Test
    void theHomeNewArrivalsReadTheNewestProducts() {
        JsonObject page = ok(Api.get("/api/v1/products/?ordering=-created_at&page_size=8"));

        List<JsonObject> results = results(page);
        assertThat(results).hasSizeLessThanOrEqualTo(8);
        results.forEach(item -> assertFields(item, LIST_ITEM));
        assertThat(results.stream().map(item -> item.getString("slug")))
                .contains(shop.lenovo().getString("slug"))
                .doesNotContain(shop.hidden().getString("slug"));
    }

    @Test
    void theProductGridReadsAPageWithEveryFilterTheFrontendSends() {
        String tag = shop.tag();
        String laptops = shop.laptops().getString("slug");

        JsonObject page = ok(Api.get("/api/v1/products/?page=1&search=" + tag));
        assertFields(page, fields("count", NUMBER, "next", NULLABLE_URL, "previous", NULLABLE_URL, "results", ARRAY));
        results(page).forEach(item -> assertFields(item, LIST_ITEM));
        assertThat(slugs(page)).containsExactlyInAnyOrder(slug(shop.hp()), slug(shop.dell()), slug(shop.lenovo()));

        assertThat(gridSlugs("&category_slug=" + laptops + "&brand=HP,Dell"))
                .as("several brands joined by commas")
                .containsExactlyInAnyOrder(slug(shop.hp()), slug(shop.dell()));
        assertThat(gridSlugs("&category_slug=" + shop.root().getString("slug") + "&is_in_stock=true"))
                .as("\"En stock uniquement\", with a sub-category's products")
                .containsExactlyInAnyOrder(slug(shop.hp()), slug(shop.lenovo()));
        assertThat(gridSlugs("&category_slug=computers"))
                .as("the footer's hard-coded English slug")
                .containsExactlyInAnyOrder(slug(shop.hp()), slug(shop.dell()), slug(shop.lenovo()));
        assertThat(gridSlugs("&search=" + tag + "&is_featured=true")).containsExactly(slug(shop.hp()));
        assertThat(gridSlugs("&search=" + tag + "&has_discount=true")).containsExactly(slug(shop.hp()));
        assertThat(gridSlugs("&search=" + tag + "&min_price=320000&max_price=460000"))
                .containsExactlyInAnyOrder(slug(shop.hp()), slug(shop.lenovo()));
        assertThat(gridSlugs("&search=" + tag + "&ordering=price"))
                .containsExactly(slug(shop.dell()), slug(shop.lenovo()), slug(shop.hp()));
        assertThat(gridSlugs("&search=" + tag + "&ordering=-price"))
                .containsExactly(slug(shop.hp()), slug(shop.lenovo()), slug(shop.dell()));
        assertThat(gridSlugs("&search=" + tag + "&ordering=name"))
                .containsExactly(slug(shop.dell()), slug(shop.hp()), slug(shop.lenovo()));
        assertThat(gridSlugs("&search=" + tag + "&ordering=-created_at"))
                .containsExactly(slug(shop.lenovo()), slug(shop.dell()), slug(shop.hp()));

        JsonObject second = ok(Api.get("/api/v1/products/?page=2&page_size=1&search=" + tag));
        assertThat(second.getString("next")).contains("page=3");
        assertThat(second.getString("previous")).contains("page=1");
    }

    @Test
    void theRecommendedCarouselReadsRecommendedProducts() {
        JsonObject page = ok(Api.get("/api/v1/products/recommended/"));

        results(page).forEach(item -> assertFields(item, LIST_ITEM));
        assertThat(slugs(page)).contains(slug(shop.hp()));
    }

    // ---- the product page ----------------------------------------------------------------------------------

    @Test
    void theProductPageReadsTheDetailWithItsCharacteristicsGalleryAndCategory() {
        JsonObject detail = ok(Api.get("/api/v1/products/" + slug(shop.hp()) + "/"));

        assertFields(detail, LIST_ITEM);
        assertFields(detail, DETAIL);
        assertThat(detail.getBoolean("is_in_stock")).isTrue();
        assertThat(detail.getString("characteristics")).isEqualTo("Intel Core i5-1335U\n16 Go de RAM\nSSD 512 Go");
        assertThat(detail.getString("category_name")).isEqualTo(shop.laptops().getString("name"));
        assertThat(detail.getString("category_slug")).isEqualTo(shop.laptops().getString("slug"));
        assertThat(new BigDecimal(detail.getString("final_price"))).isEqualByComparingTo("450000");
        List<JsonObject> images = detail.getJsonArray("images").getValuesAs(JsonObject.class);
        assertThat(images).hasSize(2);
        images.forEach(image -> assertFields(image, IMAGE));
        assertThat(images.stream().filter(image -> image.getBoolean("is_primary")))
                .hasSize(1);
        for (JsonObject image : images) {
            assertThat(image.getString("image")).isEqualTo(image.getString("url"));
            ApiResponse file = Api.get(URI.create(image.getString("image")).getPath());
            assertThat(file.status()).as("every gallery image can be fetched").isEqualTo(200);
            assertThat(file.header("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("image/"));
        }

        JsonObject outOfStock = ok(Api.get("/api/v1/products/" + slug(shop.dell()) + "/"));
        assertThat(outOfStock.getBoolean("is_in_stock")).isFalse();
        assertFailure(Api.get("/api/v1/products/" + slug(shop.hidden()) + "/"), 404, "not_found");
    }

    @Test
    void theProductPageCountsAViewWhenItOpens() {
        String slug = slug(shop.lenovo());
        ApiResponse tracked = Api.post("/api/v1/products/" + slug + "/track_view/");

        assertThat(tracked.status()).as(tracked.toString()).isEqualTo(200);
        assertThat(tracked.json().getBoolean("success")).isTrue();
        assertThat(tracked.data().getInt("view_count")).isPositive();
        Await.until(
                () -> TestDatabase.count("SELECT view_count FROM product WHERE slug = ?", slug) >= 1,
                Duration.ofSeconds(10));
        assertFailure(Api.post("/api/v1/products/" + slug(shop.hidden()) + "/track_view/"), 404, "not_found");
    }

    @Test
    void theProductPageListsSimilarProductsOfItsCategory() {
        JsonObject detail = ok(Api.get("/api/v1/products/" + slug(shop.lenovo()) + "/"));

        JsonObject similar =
                ok(Api.get("/api/v1/products/?category_slug=" + detail.getString("category_slug") + "&page_size=4"));

        results(similar).forEach(item -> assertFields(item, LIST_ITEM));
        assertThat(slugs(similar)).contains(slug(shop.hp()), slug(shop.dell()));
        assertThat(results(similar)).allSatisfy(item -> assertThat(item.getString("category_name"))
                .isEqualTo(detail.getString("category_name")));
    }

    @Test
    void theWhatsappButtonOpensTheProductsLinkToTheShopsNumber() {
        String number = ok(Api.get("/api/v1/settings/")).getString("whatsapp_number");
        JsonObject detail = ok(Api.get("/api/v1/products/" + slug(shop.hp()) + "/"));

        String link = detail.getString("whatsapp_link");
        assertThat(link).startsWith("https://wa.me/" + number + "?text=");
        assertThat(java.net.URLDecoder.decode(link.substring(link.indexOf("?text=") + 6), StandardCharsets.UTF_8))
                .contains("450 000 FCFA")
                .contains("/products/" + slug(shop.hp()));
    }

    // ---- services ----------------------------------------------------------------------------------------

    @Test
    void theServicesPageReadsActiveServicesWithTheirImages() {
        List<JsonObject> services = everyResult("/api/v1/services/");

        services.forEach(service -> assertFields(
                service,
                fields(
                        "id", NUMBER,
                        "title", STRING,
                        "slug", STRING,
                        "description", NULLABLE_STRING,
                        "image", NULLABLE_URL,
                        "order", NUMBER,
                        "external_link", NULLABLE_URL)));
        JsonObject ours = bySlug(services, shop.service().getString("slug"));
        assertThat(ours.getString("image")).isEqualTo(ours.getString("image_url"));
        ApiResponse file = Api.get(URI.create(ours.getString("image")).getPath());
        assertThat(file.status()).as("the uploaded service image is served").isEqualTo(200);
    }

    // ---- newsletter --------------------------------------------------------------------------------------

    @Test
    void theFooterFormSubscribesAndTheConfirmationPageConfirmsFromTheMailsLink() throws Exception {
        String email = "footer." + shop.tag() + "@example.bj";

        ApiResponse subscribed = Api.post("/api/v1/newsletter/subscribers/", Json.object("email", email));
        assertThat(subscribed.status()).as(subscribed.toString()).isEqualTo(202);
        assertThat(subscribed.json().getBoolean("success")).isTrue();
        assertThat(subscribed.json().getString("message")).isNotBlank();
        ApiResponse refused = Api.post("/api/v1/newsletter/subscribers/", Json.object("email", "pas une adresse"));
        assertFailure(refused, 400, "validation_error");

        // The shop's route is /newsletter/confirm/:token; its page posts the token from the path.
        String mail = plainText(awaitMail(email, "Confirmez"));
        Matcher link = CONFIRMATION_LINK.matcher(mail);
        assertThat(link.find()).as(mail).isTrue();
        ApiResponse confirmed =
                Api.post("/api/v1/newsletter/subscribers/confirm/", Json.object("token", link.group(1)));

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.data().getString("status")).isEqualTo("confirmed");
        assertThat(TestDatabase.count(
                        "SELECT count(*) FROM newsletter_subscriber WHERE email = ? AND confirmed", email))
                .isEqualTo(1);
        ApiResponse unknown = Api.post("/api/v1/newsletter/subscribers/confirm/", Json.object("token", "inconnu"));
        assertFailure(unknown, 404, "not_found");
    }

    @Test
    void aCampaignsUnsubscribeLinkOpensAPageWhoseButtonAloneUnsubscribes() throws Exception {
        String email = "lien." + shop.tag() + "@example.bj";
        TestDatabase.count(
                """
                INSERT INTO newsletter_subscriber (email, tags, confirmed, confirmed_at, subscribed)
                VALUES (?, ARRAY[?], true, now(), true) RETURNING id""",
                email,
                shop.tag());
        sendCampaignTo(shop.tag());
        Matcher link = UNSUBSCRIBE_LINK.matcher(plainText(awaitMail(email, "Offres")));
        assertThat(link.find()).isTrue();

        ApiResponse page = Api.get(link.group(1));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.header("Content-Security-Policy"))
                .hasValueSatisfying(
                        csp -> assertThat(csp).contains("default-src 'none'").doesNotContain("unsafe"));
        assertThat(page.header("Referrer-Policy")).contains("no-referrer");
        assertThat(page.body()).contains("lang=\"fr\"").contains("NIASOTAC").contains("<button");
        assertThat(subscribed(email))
                .as("opening the link (as a mail scanner does) changes nothing")
                .isTrue();

        String token = link.group(1).substring(link.group(1).indexOf("token=") + 6);
        ApiResponse done = Api.send(
                "POST",
                "/newsletter/unsubscribe",
                "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8),
                "Content-Type",
                "application/x-www-form-urlencoded");
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.body()).contains("Désinscription confirmée");
        assertThat(subscribed(email)).isFalse();
        assertThat(Api.get(link.group(1)).body()).contains("Déjà désinscrit");

        ApiResponse invalid = Api.get("/newsletter/unsubscribe?token=inconnu");
        assertThat(invalid.status()).isEqualTo(404);
        assertThat(invalid.body()).contains("Lien non valable");
    }

    // ---- the Django-era paths the frontend's guide still documents -----------------------------------------

    @Test
    void theDjangoEraPathsAnswerAsThinAliases() {
        assertThat(ok(Api.get("/api/v1/settings/current/"))).isEqualTo(ok(Api.get("/api/v1/settings/")));

        JsonObject recent = ok(Api.get("/api/v1/products/recent/?page_size=3"));
        results(recent).forEach(item -> assertFields(item, LIST_ITEM));
        assertThat(recent.getInt("count"))
                .isEqualTo(ok(Api.get("/api/v1/products/")).getInt("count"));

        JsonObject stats = ok(Api.get("/api/v1/products/stats/"));
        assertFields(
                stats,
                fields(
                        "total_products", NUMBER,
                        "featured_products", NUMBER,
                        "on_sale_products", NUMBER,
                        "in_stock_products", NUMBER));
        assertThat(stats.getInt("total_products")).isEqualTo(recent.getInt("count"));
        assertThat(stats.getInt("featured_products"))
                .isEqualTo(ok(Api.get("/api/v1/products/featured/")).getInt("count"));
        assertThat(stats.getInt("on_sale_products"))
                .isEqualTo(ok(Api.get("/api/v1/products/on_sale/")).getInt("count"));
        assertThat(stats.getInt("in_stock_products"))
                .isEqualTo(ok(Api.get("/api/v1/products/?is_in_stock=true")).getInt("count"));

        String slug = slug(shop.lenovo());
        long before = TestDatabase.count("SELECT whatsapp_click_count FROM product WHERE slug = ?", slug);
        ApiResponse click = Api.post("/api/v1/products/" + slug + "/track_click/");
        assertThat(click.data().getJsonNumber("whatsapp_click_count").longValue())
                .isEqualTo(before + 1);

        // Not offered: it would tell anyone whether an address is subscribed.
        assertFailure(
                Api.get("/api/v1/newsletter/subscribers/check_status/?email=footer." + shop.tag() + "@example.bj"),
                404,
                "not_found");
    }

    // ---- the shop --------------------------------------------------------------------------------------------

    static Shop build() {
        String tag = "f" + UUID.randomUUID().toString().substring(0, 8);
        String[] staff = Api.bearer(Tokens.access(TestDatabase.createUser("shop-staff", "staff", true)));
        // The footer links to category_slug=computers: the department answers to that alias.
        JsonObject root = created(Api.post(
                "/api/v1/categories", CategoryBody.named("Ordinateurs " + tag).aliases("computers"), staff));
        JsonObject laptops = created(Api.post(
                "/api/v1/categories", CategoryBody.named("Portables " + tag).parent(id(root)), staff));
        JsonObject hp = product(
                staff,
                laptops,
                "ProBook " + tag,
                "brand",
                "HP",
                "price",
                "450000",
                "compare_at_price",
                "500000",
                "stock_quantity",
                12,
                "short_description",
                "Core i5, 16 Go",
                "characteristics",
                "Intel Core i5-1335U\n16 Go de RAM\nSSD 512 Go",
                "force_featured",
                true,
                "force_recommended",
                true);
        JsonObject dell =
                product(staff, laptops, "Latitude " + tag, "brand", "Dell", "price", "300000", "stock_quantity", 0);
        JsonObject lenovo =
                product(staff, laptops, "ThinkPad " + tag, "brand", "Lenovo", "price", "350000", "stock_quantity", 3);
        JsonObject hidden =
                product(staff, laptops, "Retiré " + tag, "brand", "HP", "price", "100000", "is_active", false);
        for (int i = 0; i < 2; i++) {
            ApiResponse image = MultipartUpload.send(
                    "POST",
                    "/api/v1/products/" + slug(hp) + "/images",
                    staff[1],
                    "photo.png",
                    "image/png",
                    TestImages.png(400, 400),
                    Map.of("alt_text", "ProBook vue " + (i + 1)));
            assertThat(image.status()).as(image.toString()).isEqualTo(201);
        }
        JsonObject service = created(Api.post(
                "/api/v1/services",
                Json.object("title", "Réparation " + tag, "description", "Diagnostic et réparation"),
                staff));
        ApiResponse serviceImage = MultipartUpload.send(
                "PUT",
                "/api/v1/services/" + service.getString("slug") + "/image",
                staff[1],
                "atelier.jpg",
                "image/jpeg",
                TestImages.jpeg(400, 400),
                Map.of());
        assertThat(serviceImage.status()).as(serviceImage.toString()).isEqualTo(200);
        // Forced scores turn into is_featured / is_recommended in the background, seconds after the change.
        Await.until(
                () -> ok(Api.get("/api/v1/products/" + slug(hp), staff)).getBoolean("is_featured")
                        && ok(Api.get("/api/v1/products/" + slug(hp), staff)).getBoolean("is_recommended"),
                Duration.ofSeconds(20));
        return new Shop(tag, staff, root, laptops, hp, dell, lenovo, hidden, service);
    }

    static JsonObject product(String[] staff, JsonObject category, String name, Object... fields) {
        List<Object> body = new ArrayList<>(List.of("name", name, "category", id(category)));
        body.addAll(List.of(fields));
        return created(Api.post("/api/v1/products", Json.object(body.toArray()), staff));
    }

    void sendCampaignTo(String tag) {
        JsonObject template = created(Api.post(
                "/api/v1/newsletter/templates",
                Json.object(
                        "name", "Offres " + tag,
                        "subject", "Offres de la semaine",
                        "plain_content", "Bonjour,\nNos offres.\nDésabonnement : {unsubscribe_url}"),
                shop.staff()));
        JsonObject campaign = created(Api.post(
                "/api/v1/newsletter/campaigns",
                Json.object(
                        "name",
                        "Campagne " + tag,
                        "template",
                        template.getString("slug"),
                        "recipients",
                        "tag",
                        "recipient_tag",
                        tag),
                shop.staff()));
        ApiResponse sent = Api.post(
                "/api/v1/newsletter/campaigns/" + campaign.getJsonNumber("id") + "/send_now", "{}", shop.staff());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    static Map<String, FieldKind> fields(Object... namesAndKinds) {
        Map<String, FieldKind> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndKinds.length; i += 2) {
            fields.put((String) namesAndKinds[i], (FieldKind) namesAndKinds[i + 1]);
        }
        return fields;
    }

    static JsonObject ok(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().getBoolean("success")).isTrue();
        return response.data();
    }

    static JsonObject created(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.data();
    }

    static List<JsonObject> results(JsonObject page) {
        return page.getJsonArray("results").getValuesAs(JsonObject.class);
    }

    static List<String> slugs(JsonObject page) {
        return results(page).stream().map(item -> item.getString("slug")).toList();
    }

    static List<String> gridSlugs(String filters) {
        return slugs(ok(Api.get("/api/v1/products/?page=1" + filters)));
    }

    /** Every result of a list, following {@code next} from the path the frontend calls. */
    static List<JsonObject> everyResult(String path) {
        List<JsonObject> all = new ArrayList<>();
        JsonObject page = ok(Api.get(path));
        all.addAll(results(page));
        while (page.get("next") != JsonValue.NULL) {
            URI next = URI.create(page.getString("next"));
            page = ok(Api.get(next.getRawPath() + "?" + next.getRawQuery()));
            all.addAll(results(page));
        }
        return all;
    }

    static JsonObject bySlug(List<JsonObject> objects, String slug) {
        return objects.stream()
                .filter(object -> slug.equals(object.getString("slug")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + slug + " among " + objects.size()));
    }

    static String slug(JsonObject object) {
        return object.getString("slug");
    }

    static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    static boolean subscribed(String email) {
        return TestDatabase.count("SELECT count(*) FROM newsletter_subscriber WHERE email = ? AND subscribed", email)
                == 1;
    }

    static MimeMessage awaitMail(String email, String subject) throws Exception {
        Await.until(
                () -> MailServer.receivedBy(email).stream()
                        .anyMatch(mail -> subjectOf(mail).contains(subject)),
                Duration.ofSeconds(30));
        return MailServer.receivedBy(email).stream()
                .filter(mail -> subjectOf(mail).contains(subject))
                .findFirst()
                .orElseThrow();
    }

    static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String plainText(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return (String) part.getContent();
                }
            }
        }
        return content.toString();
    }
}
