package com.niasotac.djangoimport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.niasotac.it.support.ScratchDatabase;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;

/**
 * Every fact of a fixture's expected.json, checked against the database an import wrote (and the files it
 * stored): the counts, the products, categories, promotions, newsletter, site and users spelled out.
 */
final class ExpectedFacts {

    /** Facts about Django's own bookkeeping, which has nothing to become here. */
    static final Set<String> DJANGO_ONLY = Set.of("groups", "admin_log_entries");

    private final Fixture fixture;
    private final ScratchDatabase db;
    private final Function<String, byte[]> stored;
    private final JsonObject expected;
    private final Instant generatedAt;
    private final Map<String, String> sha256ByFile = new HashMap<>();

    ExpectedFacts(Fixture fixture, ScratchDatabase db, Function<String, byte[]> stored) {
        this.fixture = fixture;
        this.db = db;
        this.stored = stored;
        this.expected = fixture.expected();
        this.generatedAt = Instant.parse(expected.get("generated_at").getAsString());
        expected.getAsJsonObject("media")
                .getAsJsonArray("files")
                .forEach(file -> sha256ByFile.put(
                        file.getAsJsonObject().get("path").getAsString(),
                        file.getAsJsonObject().get("sha256").getAsString()));
    }

    void check() {
        SoftAssertions soft = new SoftAssertions();
        counts(soft);
        products(soft);
        categories(soft);
        promotions(soft);
        newsletter(soft);
        site(soft);
        users(soft);
        soft.assertAll();
    }

    private Map<String, String> countQueries() {
        String window = "(start_at IS NULL OR start_at <= ?) AND (end_at IS NULL OR end_at >= ?)";
        Map<String, String> q = new HashMap<>();
        q.put("categories", "SELECT count(*) FROM category");
        q.put("categories_with_icon", "SELECT count(*) FROM category WHERE icon_key IS NOT NULL");
        q.put(
                "categories_without_products",
                "SELECT count(*) FROM category c WHERE NOT EXISTS (SELECT 1 FROM product p JOIN category d ON"
                        + " d.id = p.category_id WHERE d.path LIKE c.path || '%')");
        q.put("products", "SELECT count(*) FROM product");
        q.put("products_active", "SELECT count(*) FROM product WHERE is_active");
        q.put("products_inactive", "SELECT count(*) FROM product WHERE NOT is_active");
        q.put("products_is_in_stock", "SELECT count(*) FROM product WHERE in_stock");
        q.put("products_in_stock", "SELECT count(*) FROM product WHERE in_stock");
        q.put("products_with_compare_at_price", "SELECT count(*) FROM product WHERE compare_at_price IS NOT NULL");
        q.put("products_with_cost_price", "SELECT count(*) FROM product WHERE cost_price IS NOT NULL");
        q.put("products_with_barcode", "SELECT count(*) FROM product WHERE barcode IS NOT NULL");
        q.put("products_with_meta_title", "SELECT count(*) FROM product WHERE meta_title IS NOT NULL");
        q.put("products_published", "SELECT count(*) FROM product WHERE published_at IS NOT NULL");
        q.put("product_statuses", "SELECT count(*) FROM product");
        q.put("statuses_featured", "SELECT count(*) FROM product WHERE is_featured");
        q.put("statuses_recommended", "SELECT count(*) FROM product WHERE is_recommended");
        q.put("statuses_force_featured", "SELECT count(*) FROM product WHERE force_featured");
        q.put("statuses_force_recommended", "SELECT count(*) FROM product WHERE force_recommended");
        q.put("statuses_exclude_from_featured", "SELECT count(*) FROM product WHERE exclude_from_featured");
        q.put("statuses_exclude_from_recommended", "SELECT count(*) FROM product WHERE exclude_from_recommended");
        q.put("statuses_never_viewed", "SELECT count(*) FROM product WHERE last_viewed_at IS NULL");
        q.put("view_count_total", "SELECT sum(view_count) FROM product");
        q.put("whatsapp_click_count_total", "SELECT sum(whatsapp_click_count) FROM product");
        q.put("product_images_with_file", "SELECT count(*) FROM product_image");
        q.put("product_images_primary", "SELECT count(*) FROM product_image WHERE is_primary");
        q.put("products_with_images", "SELECT count(DISTINCT product_id) FROM product_image");
        q.put("promotions", "SELECT count(*) FROM promotion");
        q.put("promotions_active_flag", "SELECT count(*) FROM promotion WHERE active");
        q.put("promotions_inactive_flag", "SELECT count(*) FROM promotion WHERE NOT active");
        q.put(
                "promotions_active_now_at_generation",
                "SELECT count(*) FROM promotion WHERE active AND " + window
                        + " AND (usage_limit IS NULL OR usage_count < usage_limit)");
        q.put("promotions_with_code", "SELECT count(*) FROM promotion WHERE code IS NOT NULL");
        q.put("promotions_applies_to_all", "SELECT count(*) FROM promotion WHERE applies_to_all");
        q.put("promotions_stackable", "SELECT count(*) FROM promotion WHERE is_stackable");
        q.put("promotion_product_links", "SELECT count(*) FROM promotion_product");
        q.put("promotion_category_links", "SELECT count(*) FROM promotion_category");
        q.put("promotion_usage_total", "SELECT sum(usage_count) FROM promotion");
        q.put("newsletter_subscribers", "SELECT count(*) FROM newsletter_subscriber");
        q.put("subscribers_confirmed", "SELECT count(*) FROM newsletter_subscriber WHERE subscribed AND confirmed");
        q.put("subscribers_pending", "SELECT count(*) FROM newsletter_subscriber WHERE subscribed AND NOT confirmed");
        q.put("subscribers_unsubscribed", "SELECT count(*) FROM newsletter_subscriber WHERE NOT subscribed");
        q.put("newsletter_templates", "SELECT count(*) FROM newsletter_template");
        q.put("newsletter_templates_active", "SELECT count(*) FROM newsletter_template WHERE is_active");
        q.put("newsletter_campaigns", "SELECT count(*) FROM newsletter_campaign");
        q.put("campaign_subscriber_links", "SELECT count(*) FROM newsletter_campaign_subscriber");
        q.put("newsletter_logs", "SELECT count(*) FROM newsletter_send_log");
        q.put("logs_without_subscriber", "SELECT count(*) FROM newsletter_send_log WHERE subscriber_id IS NULL");
        q.put("services", "SELECT count(*) FROM site_service");
        q.put("services_active", "SELECT count(*) FROM site_service WHERE is_active");
        q.put(
                "services_with_image",
                "SELECT count(*) FROM site_service WHERE image_url IS NOT NULL OR image_key IS NOT NULL");
        q.put("site_settings", "SELECT count(*) FROM site_settings");
        q.put("social_links", "SELECT count(*) FROM social_link");
        q.put("social_links_on_settings", "SELECT count(*) FROM social_link WHERE is_shown");
        q.put("users", "SELECT count(*) FROM app_user");
        q.put("users_active", "SELECT count(*) FROM app_user WHERE is_active");
        q.put("users_staff", "SELECT count(*) FROM app_user WHERE role IN ('staff', 'admin')");
        q.put("users_superuser", "SELECT count(*) FROM app_user WHERE role = 'admin'");
        return q;
    }

    private static final Map<String, String> GROUPED = Map.of(
            "categories_by_level", "SELECT level || '=' || count(*) FROM category GROUP BY level",
            "promotions_by_type", "SELECT promotion_type || '=' || count(*) FROM promotion GROUP BY promotion_type",
            "campaigns_by_status", "SELECT status || '=' || count(*) FROM newsletter_campaign GROUP BY status",
            "logs_by_status", "SELECT status || '=' || count(*) FROM newsletter_send_log GROUP BY status");

    private void counts(SoftAssertions soft) {
        Map<String, String> queries = countQueries();
        long missingFiles = expected.getAsJsonObject("counts")
                .get("product_images_missing_file")
                .getAsLong();
        for (Map.Entry<String, JsonElement> fact :
                expected.getAsJsonObject("counts").entrySet()) {
            String name = fact.getKey();
            if (DJANGO_ONLY.contains(name)) {
                continue;
            }
            if (queries.containsKey(name)) {
                String sql = queries.get(name);
                Object[] parameters = sql.contains("?") ? new Object[] {at(), at()} : new Object[0];
                soft.assertThat(db.count(sql, parameters))
                        .as(name)
                        .isEqualTo(fact.getValue().getAsLong());
            } else if (GROUPED.containsKey(name)) {
                soft.assertThat(grouped(GROUPED.get(name))).as(name).isEqualTo(asMap(fact.getValue()));
            } else if (name.equals("product_images")) {
                // every Django image row but those whose file is gone (reported as skipped)
                soft.assertThat(db.count("SELECT count(*) FROM product_image") + missingFiles)
                        .as(name)
                        .isEqualTo(fact.getValue().getAsLong());
            } else if (name.equals("product_images_missing_file")) {
                soft.assertThat(expected.getAsJsonObject("media")
                                .getAsJsonArray("referenced_missing")
                                .size())
                        .as(name)
                        .isEqualTo(fact.getValue().getAsInt());
            } else if (name.equals("products_by_image_count")) {
                soft.assertThat(imageCounts()).as(name).isEqualTo(asMap(fact.getValue()));
            } else if (name.equals("promotions_by_window")) {
                soft.assertThat(windows()).as(name).isEqualTo(asMap(fact.getValue()));
            } else if (name.equals("promotion_usages")) {
                // Django's PromotionUsage rows: their counts are in usage_count (checked by promotion_usage_total)
                soft.assertThat(db.count("SELECT count(*) FROM promotion_customer_use"))
                        .as(name + " of known users")
                        .isLessThanOrEqualTo(fact.getValue().getAsLong());
            } else {
                soft.fail("expected.json count '" + name + "' is not checked by this test");
            }
        }
    }

    private OffsetDateTime at() {
        return generatedAt.atOffset(java.time.ZoneOffset.UTC);
    }

    private Map<String, Long> grouped(String sql) {
        Map<String, Long> counts = new TreeMap<>();
        for (String row : db.column(sql)) {
            int eq = row.lastIndexOf('=');
            counts.put(row.substring(0, eq), Long.parseLong(row.substring(eq + 1)));
        }
        return counts;
    }

    private static Map<String, Long> asMap(JsonElement element) {
        Map<String, Long> counts = new TreeMap<>();
        element.getAsJsonObject()
                .entrySet()
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue().getAsLong()));
        return counts;
    }

    /** Products by their number of images in Django: here, plus those whose file was missing. */
    private Map<String, Long> imageCounts() {
        Map<String, Long> missingBySlug = new HashMap<>();
        for (JsonElement product : expected.getAsJsonArray("products")) {
            JsonObject p = product.getAsJsonObject();
            missingBySlug.put(
                    p.get("slug").getAsString(),
                    p.get("images_count").getAsLong()
                            - p.get("images_with_file").getAsLong());
        }
        long missing = expected.getAsJsonObject("counts")
                .get("product_images_missing_file")
                .getAsLong();
        assertThat(missingBySlug.values().stream().mapToLong(Long::longValue).sum())
                .as("the products spelled out in expected.json hold every missing file")
                .isEqualTo(missing);
        Map<String, Long> counts = new TreeMap<>();
        for (String row : db.column(
                "SELECT p.slug || '=' || count(i.id) FROM product p LEFT JOIN product_image i ON i.product_id = p.id"
                        + " GROUP BY p.id, p.slug")) {
            int eq = row.lastIndexOf('=');
            long images = Long.parseLong(row.substring(eq + 1)) + missingBySlug.getOrDefault(row.substring(0, eq), 0L);
            counts.merge(Long.toString(images), 1L, Long::sum);
        }
        return counts;
    }

    private Map<String, Long> windows() {
        Map<String, Long> counts = new TreeMap<>();
        counts.put("past", db.count("SELECT count(*) FROM promotion WHERE end_at < ?", at()));
        counts.put("future", db.count("SELECT count(*) FROM promotion WHERE start_at > ?", at()));
        counts.put(
                "current",
                db.count(
                        "SELECT count(*) FROM promotion WHERE (start_at IS NULL OR start_at <= ?)"
                                + " AND (end_at IS NULL OR end_at >= ?)",
                        at(),
                        at()));
        counts.values().removeIf(count -> count == 0);
        return counts;
    }

    private void products(SoftAssertions soft) {
        for (JsonElement element : expected.getAsJsonArray("products")) {
            JsonObject p = element.getAsJsonObject();
            String slug = p.get("slug").getAsString();
            String where = " FROM product p JOIN category c ON c.id = p.category_id WHERE p.slug = ?";
            soft.assertThat(row(
                            "SELECT p.name, p.brand, p.sku, coalesce(p.barcode, ''), p.price, coalesce(p.compare_at_price::text, 'null'),"
                                    + " coalesce(p.cost_price::text, 'null'), p.is_active, p.in_stock, c.slug, c.full_path, p.view_count,"
                                    + " p.whatsapp_click_count, p.featured_score, p.recommendation_score, p.is_featured,"
                                    + " p.is_recommended" + where,
                            slug))
                    .as(slug)
                    .containsExactly(
                            text(p, "name"),
                            text(p, "brand"),
                            text(p, "sku"),
                            text(p, "barcode"),
                            text(p, "price"),
                            text(p, "compare_at_price"),
                            text(p, "cost_price"),
                            bool(p, "is_active"),
                            bool(p, p.has("is_in_stock") ? "is_in_stock" : "in_stock"),
                            text(p, "category_slug"),
                            text(p, "category_path"),
                            text(p, "view_count"),
                            text(p, "whatsapp_click_count"),
                            score(p, "featured_score"),
                            score(p, "recommendation_score"),
                            bool(p, "is_featured"),
                            bool(p, "is_recommended"));
            if (p.has("stock_quantity")) {
                soft.assertThat(db.text("SELECT stock_quantity FROM product WHERE slug = ?", slug))
                        .as(slug + " stock")
                        .isEqualTo(text(p, "stock_quantity"));
            }
            soft.assertThat(instant("SELECT p.last_viewed_at" + where, slug))
                    .as(slug + " last view")
                    .isEqualTo(Instant.parse(text(p, "last_viewed_at")));
            soft.assertThat(instant("SELECT p.created_at" + where, slug))
                    .as(slug + " created")
                    .isEqualTo(Instant.parse(text(p, "created_at")));
            images(soft, slug, p);
        }
    }

    /** Each image with a file is here, found by the SHA-256 of its stored bytes, with its order and alt text. */
    private void images(SoftAssertions soft, String slug, JsonObject p) {
        List<String> here = new ArrayList<>();
        for (String row : db.column(
                "SELECT i.storage_key || '|' || i.is_primary || '|' || i.sort_order || '|' || coalesce(i.alt_text, '')"
                        + " FROM product_image i JOIN product p ON p.id = i.product_id WHERE p.slug = ?",
                slug)) {
            String[] parts = row.split("\\|", 4);
            here.add(sha256(stored.apply(parts[0])) + "|" + parts[2] + "|" + parts[3] + "|" + parts[1]);
        }
        List<String> wanted = new ArrayList<>();
        String primary = text(p, "primary_image");
        for (JsonElement image : p.getAsJsonArray("images")) {
            JsonObject i = image.getAsJsonObject();
            if (i.get("file_exists").getAsBoolean()) {
                String name = text(i, "name");
                wanted.add(sha256ByFile.get(name) + "|" + text(i, "order") + "|" + text(i, "alt_text") + "|"
                        + name.equals(primary));
            }
        }
        soft.assertThat(here).as(slug + " images").containsExactlyInAnyOrderElementsOf(wanted);
    }

    private void categories(SoftAssertions soft) {
        for (JsonElement element : expected.getAsJsonArray("categories")) {
            JsonObject c = element.getAsJsonObject();
            String slug = text(c, "slug");
            boolean icon = !c.get("icon_file").isJsonNull()
                    && c.get("icon_file_exists").getAsBoolean();
            soft.assertThat(row(
                            "SELECT c.name, c.level, coalesce(parent.slug, 'null'), c.full_path, c.icon_key IS NOT NULL,"
                                    + " (SELECT count(*) FROM product p WHERE p.category_id = c.id),"
                                    + " (SELECT count(*) FROM product p JOIN category d ON d.id = p.category_id"
                                    + "  WHERE d.path LIKE c.path || '%')"
                                    + " FROM category c LEFT JOIN category parent ON parent.id = c.parent_id"
                                    + " WHERE c.slug = ?",
                            slug))
                    .as(slug)
                    .containsExactly(
                            text(c, "name"),
                            text(c, "level"),
                            c.get("parent").isJsonNull() ? "null" : text(c, "parent"),
                            text(c, "full_path"),
                            Boolean.toString(icon).substring(0, 1),
                            text(c, "products_direct"),
                            text(c, "products_with_descendants"));
            if (icon) {
                String key = db.text("SELECT icon_key FROM category WHERE slug = ?", slug);
                soft.assertThat(sha256(stored.apply(key)))
                        .as(slug + " icon")
                        .isEqualTo(sha256ByFile.get(text(c, "icon_file")));
            }
        }
    }

    private void promotions(SoftAssertions soft) {
        for (JsonElement element : expected.getAsJsonArray("promotions")) {
            JsonObject p = element.getAsJsonObject();
            String slug = text(p, "slug");
            soft.assertThat(row(
                            "SELECT name, coalesce(code, 'null'), promotion_type, coalesce(value::text, 'null'),"
                                    + " coalesce(buy_x, 0), coalesce(get_y, 0), applies_to_all, active,"
                                    + " coalesce(usage_limit::text, 'null'), coalesce(per_customer_limit::text, 'null'),"
                                    + " usage_count, is_stackable FROM promotion WHERE slug = ?",
                            slug))
                    .as(slug)
                    .containsExactly(
                            text(p, "name"),
                            text(p, "code"),
                            text(p, "promotion_type"),
                            text(p, "value"),
                            text(p, "buy_x"),
                            text(p, "get_y"),
                            bool(p, "applies_to_all"),
                            bool(p, "active"),
                            text(p, "usage_limit"),
                            text(p, "per_user_limit"),
                            text(p, "usage_count"),
                            bool(p, "is_stackable"));
            soft.assertThat(instantOrNull("SELECT start_at FROM promotion WHERE slug = ?", slug))
                    .as(slug + " start")
                    .isEqualTo(instantOf(p, "start_at"));
            soft.assertThat(instantOrNull("SELECT end_at FROM promotion WHERE slug = ?", slug))
                    .as(slug + " end")
                    .isEqualTo(instantOf(p, "end_at"));
            soft.assertThat(db.column(
                            "SELECT x.slug FROM promotion_product t JOIN product x ON x.id = t.product_id"
                                    + " JOIN promotion p ON p.id = t.promotion_id WHERE p.slug = ?",
                            slug))
                    .as(slug + " products")
                    .containsExactlyInAnyOrderElementsOf(strings(p, "products"));
            soft.assertThat(db.column(
                            "SELECT x.slug FROM promotion_category t JOIN category x ON x.id = t.category_id"
                                    + " JOIN promotion p ON p.id = t.promotion_id WHERE p.slug = ?",
                            slug))
                    .as(slug + " categories")
                    .containsExactlyInAnyOrderElementsOf(strings(p, "categories"));
        }
    }

    private void newsletter(SoftAssertions soft) {
        JsonObject newsletter = expected.getAsJsonObject("newsletter");
        for (JsonElement element : newsletter.getAsJsonArray("templates")) {
            JsonObject t = element.getAsJsonObject();
            soft.assertThat(row(
                            "SELECT name, is_active, coalesce(default_from, 'null') FROM newsletter_template"
                                    + " WHERE slug = ?",
                            text(t, "slug")))
                    .as(text(t, "slug"))
                    .containsExactly(text(t, "name"), bool(t, "is_active"), text(t, "default_from"));
        }
        for (JsonElement element : newsletter.getAsJsonArray("campaigns")) {
            JsonObject c = element.getAsJsonObject();
            String name = text(c, "name");
            soft.assertThat(row(
                            "SELECT t.slug, c.status, c.sent_count,"
                                    + " (SELECT count(*) FROM newsletter_campaign_subscriber s WHERE s.campaign_id = c.id)"
                                    + " FROM newsletter_campaign c JOIN newsletter_template t ON t.id = c.template_id"
                                    + " WHERE c.name = ?",
                            name))
                    .as(name)
                    .containsExactly(
                            text(c, "template"),
                            text(c, "status"),
                            text(c, "sent_count"),
                            text(c, "listed_subscribers"));
            soft.assertThat(instantOrNull("SELECT scheduled_at FROM newsletter_campaign WHERE name = ?", name))
                    .as(name + " scheduled")
                    .isEqualTo(instantOf(c, "scheduled_at"));
            soft.assertThat(grouped("SELECT l.status || '=' || count(*) FROM newsletter_send_log l"
                            + " JOIN newsletter_campaign c ON c.id = l.campaign_id WHERE c.name = '"
                            + name.replace("'", "''") + "' GROUP BY l.status"))
                    .as(name + " logs")
                    .isEqualTo(asMap(c.get("logs")));
        }
    }

    private void site(SoftAssertions soft) {
        JsonObject site = expected.getAsJsonObject("site");
        JsonObject s = site.getAsJsonObject("settings");
        soft.assertThat(row("SELECT whatsapp_number, contact_email, contact_phone, contact_address, company_name,"
                        + " company_description FROM site_settings"))
                .as("settings")
                .containsExactly(
                        text(s, "whatsapp_number"),
                        text(s, "contact_email"),
                        text(s, "contact_phone"),
                        text(s, "contact_address"),
                        text(s, "company_name"),
                        text(s, "company_description"));
        List<String> links = new ArrayList<>();
        site.getAsJsonArray("social_links")
                .forEach(link ->
                        links.add(text(link.getAsJsonObject(), "name") + " " + text(link.getAsJsonObject(), "url")));
        soft.assertThat(db.column("SELECT name || ' ' || url FROM social_link"))
                .as("social links")
                .containsExactlyInAnyOrderElementsOf(links);
        for (JsonElement element : site.getAsJsonArray("services")) {
            JsonObject service = element.getAsJsonObject();
            String slug = text(service, "slug");
            soft.assertThat(row(
                            "SELECT title, is_active, sort_order, coalesce(external_link, 'null') FROM site_service"
                                    + " WHERE slug = ?",
                            slug))
                    .as(slug)
                    .containsExactly(
                            text(service, "title"),
                            bool(service, "is_active"),
                            text(service, "order"),
                            text(service, "external_link"));
            String image = text(service, "image");
            if (fixture.original() && !image.equals("null")) {
                String key = db.text("SELECT image_key FROM site_service WHERE slug = ?", slug);
                soft.assertThat(key).as(slug + " image stored").isNotNull();
                if (key != null) {
                    soft.assertThat(sha256(stored.apply(key)))
                            .as(slug + " image")
                            .isEqualTo(sha256ByFile.get(image));
                }
            } else {
                soft.assertThat(db.text("SELECT coalesce(image_url, 'null') FROM site_service WHERE slug = ?", slug))
                        .as(slug + " image url")
                        .isEqualTo(image);
            }
        }
    }

    private void users(SoftAssertions soft) {
        for (JsonElement element : expected.getAsJsonArray("users")) {
            JsonObject u = element.getAsJsonObject();
            String username = text(u, "username");
            soft.assertThat(row(
                            "SELECT role, is_active, substring(password_hash for ?) FROM app_user WHERE username = ?",
                            text(u, "hash").length(),
                            username))
                    .as(username)
                    .containsExactly(
                            u.get("is_superuser").getAsBoolean() ? "admin" : "staff",
                            bool(u, "is_active"),
                            text(u, "hash"));
        }
    }

    private List<String> row(String sql, Object... parameters) {
        try (var connection = db.connection();
                var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                List<String> values = new ArrayList<>();
                if (rows.next()) {
                    for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                        values.add(rows.getString(i));
                    }
                }
                return values;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Instant instant(String sql, Object... parameters) {
        return instantOrNull(sql, parameters);
    }

    private Instant instantOrNull(String sql, Object... parameters) {
        try (var connection = db.connection();
                var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                OffsetDateTime value = rows.getObject(1, OffsetDateTime.class);
                return value == null ? null : value.toInstant();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instantOf(JsonObject o, String field) {
        return o.get(field).isJsonNull() ? null : Instant.parse(o.get(field).getAsString());
    }

    /** As PostgreSQL prints it: null as "null", booleans as t/f. */
    private static String text(JsonObject o, String field) {
        JsonElement value = o.get(field);
        return value == null || value.isJsonNull() ? "null" : value.getAsString();
    }

    private static String bool(JsonObject o, String field) {
        return o.get(field).getAsBoolean() ? "t" : "f";
    }

    private static String score(JsonObject o, String field) {
        return new BigDecimal(o.get(field).getAsString())
                .setScale(2, java.math.RoundingMode.HALF_UP)
                .toPlainString();
    }

    private static List<String> strings(JsonObject o, String field) {
        List<String> values = new ArrayList<>();
        o.getAsJsonArray(field).forEach(value -> values.add(value.getAsString()));
        return values;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a stored key from a local MEDIA_ROOT. */
    static Function<String, byte[]> localFiles(java.nio.file.Path root) {
        return key -> {
            try {
                return Files.readAllBytes(root.resolve(key));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }
}
