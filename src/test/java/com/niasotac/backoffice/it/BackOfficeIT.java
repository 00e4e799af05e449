package com.niasotac.backoffice.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Await;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.Json;
import com.niasotac.it.support.MailServer;
import com.niasotac.it.support.TestCatalog;
import com.niasotac.it.support.TestDatabase;
import com.niasotac.it.support.TestImages;
import com.niasotac.it.support.Tokens;
import com.niasotac.testdata.PromotionBody;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The back-office in a real browser against the deployed WAR: each screen's main path, as staff would use it, and
 * the refusals. Every screen leaves a screenshot in target/back-office-screenshots (docs/back-office.md).
 */
@ExtendWith(ArquillianExtension.class)
class BackOfficeIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Browser browser;
    private static TestDatabase.User admin;
    private static TestDatabase.User staff;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void start() {
        browser = new Browser();
        admin = TestDatabase.createUser("console-admin", "admin", true);
        staff = TestDatabase.createUser("console-staff", "staff", true);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void nothingWasRefusedByThePolicyOrThrown() {
        browser.assertNoConsoleErrors();
    }

    @Test
    void signsInShowsTheDashboardOnADesktopAndAPhoneAndSignsOut() {
        browser.fresh();
        browser.fillSignIn(staff.username(), "not-the-password");
        browser.waitForText(By.id("sign-in-message"), "Identifiant ou mot de passe incorrect.");
        browser.screenshot("01-sign-in-refused");

        browser.fillSignIn(staff.username(), staff.password());
        browser.waitFor(By.cssSelector(".figures .figure"));
        assertThat(browser.text(By.id("who"))).contains(staff.username(), "équipe");
        assertThat(browser.text(By.cssSelector(".figures"))).contains("Produits actifs", "Abonnés confirmés");
        browser.screenshot("02-dashboard");
        browser.resize(Browser.PHONE);
        browser.click(By.cssSelector(".menu-toggle"));
        browser.waitFor(By.cssSelector("nav.menu.open"));
        browser.screenshot("03-dashboard-phone-menu");
        browser.resize(Browser.DESKTOP);

        browser.click(By.id("sign-out"));
        browser.waitForText(By.id("sign-in-message"), "Vous êtes déconnecté(e).");
        assertThat(TestDatabase.text(
                        """
                        SELECT (revoked_at IS NOT NULL)::text FROM refresh_token t JOIN app_user u ON u.id = t.user_id
                        WHERE u.username = ? ORDER BY t.id DESC LIMIT 1""",
                        staff.username()))
                .as("the server ended the sign-in, not only the tab")
                .isEqualTo("true");
        browser.driver().navigate().refresh();
        browser.waitFor(By.cssSelector("#sign-in"));
        assertThat(browser.all(By.id("sign-out")))
                .as("a reload after sign-out stays signed out")
                .isEmpty();
    }

    @Test
    void staffDoNotSeeUserManagementAndAreRefusedItWhileAdminsManageUsers() {
        browser.signIn(staff);
        assertThat(browser.text(By.cssSelector("nav.menu")))
                .contains("Produits")
                .doesNotContain("Utilisateurs");
        browser.open("utilisateurs");
        browser.waitForText(By.cssSelector(".refusal"), "réservée aux administrateurs");
        browser.screenshot("04-users-refused-to-staff");

        browser.signIn(admin);
        browser.open("utilisateurs");
        browser.waitFor(By.cssSelector(".list tbody tr"));
        String newcomer = "vendeur-" + UUID.randomUUID().toString().substring(0, 8);
        browser.click(browser.button("Nouvel utilisateur"));
        browser.type(By.cssSelector("dialog[open] [name=username]"), newcomer);
        browser.type(By.cssSelector("dialog[open] [name=password]"), "un-mot-de-passe-solide");
        browser.click(browser.dialogSubmit());
        browser.toastSays("Utilisateur créé.");
        assertThat(TestDatabase.text("SELECT role FROM app_user WHERE username = ?", newcomer))
                .isEqualTo("staff");
        // the other classes' users fill the first pages: find the newcomer by the list's search
        browser.type(By.cssSelector(".filters [name=search]"), newcomer);
        browser.click(By.cssSelector(".filters button[type=submit]"));
        browser.waitFor(By.cssSelector(".list-body:not([aria-busy])"));
        browser.waitForCount(By.cssSelector(".list tbody tr"), 1);
        By row = By.xpath("//tr[td[normalize-space()='" + newcomer + "']]");
        browser.select(By.cssSelector("select[aria-label='Rôle de " + newcomer + "']"), "admin");
        browser.toastSays("Rôle changé.");
        browser.waitFor(row)
                .findElement(By.xpath(".//button[normalize-space()='Désactiver']"))
                .click();
        browser.waitForText(row, "Désactivé");
        assertThat(TestDatabase.text("SELECT role || ' ' || is_active FROM app_user WHERE username = ?", newcomer))
                .isEqualTo("admin false");
        browser.screenshot("05-users");

        browser.open("historique");
        long newcomerId = TestDatabase.count("SELECT id FROM app_user WHERE username = ?", newcomer);
        browser.filterList(
                () -> {
                    browser.select(By.cssSelector(".filters [name=entity]"), "user");
                    browser.type(By.cssSelector(".filters [name=id]"), String.valueOf(newcomerId));
                },
                3);
        assertThat(browser.text(By.cssSelector(".list tbody")))
                .contains(newcomer, "Création", "Modification", "role", "staff", "admin", "is_active");
        browser.screenshot("19-history-of-the-shop");
    }

    @Test
    void aSessionThatCanNoLongerRefreshReturnsToTheSignInPageWithAMessage() {
        browser.signIn(staff);
        browser.waitFor(By.cssSelector(".figures, .notice"));
        TestDatabase.count(
                "WITH r AS (UPDATE refresh_token SET revoked_at = now() WHERE user_id = ? AND revoked_at IS NULL"
                        + " RETURNING 1) SELECT count(*) FROM r",
                staff.id());
        sleep(Duration.ofMillis(1500)); // revocation reaches every node within a second

        browser.open("produits");
        browser.waitForText(By.id("sign-in-message"), "Votre session a expiré");
        assertThat(browser.all(By.id("sign-out"))).isEmpty();
        browser.screenshot("06-session-expired");
    }

    @Test
    void createsAProductWithTwoImagesMakesTheSecondPrimaryAndReadsItsHistory() throws IOException {
        TestCatalog.Category category =
                TestCatalog.category("Écrans " + UUID.randomUUID().toString().substring(0, 6));
        String name = "Écran Dell P2425 " + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn(staff);
        browser.open("produits/nouveau");
        browser.type(By.cssSelector("#product-form [name=name]"), name);
        browser.type(By.cssSelector("#product-form [name=brand]"), "Dell");
        browser.select(By.cssSelector("#product-form [name=category]"), String.valueOf(category.id()));
        browser.click(By.cssSelector("#product-form button[type=submit]"));
        browser.waitForText(By.cssSelector("[data-field=price] .field-error"), "obligatoire");
        browser.screenshot("07-product-form-validation");

        browser.type(By.cssSelector("#product-form [name=price]"), "450000");
        browser.type(By.cssSelector("#product-form [name=stock_quantity]"), "12");
        browser.type(By.cssSelector("#product-form [name=characteristics]"), "Dalle IPS 24 pouces\nHDMI, DisplayPort");
        browser.click(By.cssSelector("#product-form button[type=submit]"));
        browser.waitFor(By.id("images"));
        String slug = browser.driver().getCurrentUrl().replaceAll(".*#/produits/", "");
        assertThat(browser.text(By.id("whatsapp-preview"))).contains(name, "450 000 FCFA");

        Path folder = Files.createTempDirectory("product-images");
        Path front = Files.write(folder.resolve("face.png"), TestImages.png(400, 400));
        Path back = Files.write(folder.resolve("dos.jpg"), TestImages.jpeg(500, 400));
        Path tiny = Files.write(folder.resolve("vignette.png"), TestImages.png(100, 100));
        browser.attach(By.id("image-files"), List.of(front, back, tiny));
        browser.waitForCount(By.cssSelector(".image-card"), 2);
        assertThat(browser.text(By.cssSelector(".upload-report"))).contains("vignette.png", "moins de 300 × 300");
        WebElement second = browser.all(By.cssSelector(".image-card")).get(1);
        String secondId = second.getAttribute("data-image");
        second.findElement(By.cssSelector(".make-primary")).click();
        browser.waitFor(By.cssSelector(".image-card.primary[data-image='" + secondId + "']"));
        browser.screenshotOf("08-product-images", By.id("images"));

        JsonObject product = staffApi("GET", "/api/v1/products/" + slug, null).data();
        assertThat(product.getJsonArray("images")).hasSize(2);
        JsonObject primary = product.getJsonArray("images").getValuesAs(JsonObject.class).stream()
                .filter(image -> image.getBoolean("is_primary"))
                .findFirst()
                .orElseThrow();
        assertThat(primary.getJsonNumber("id").longValue()).isEqualTo(Long.parseLong(secondId));

        browser.type(By.cssSelector("#product-form [name=price]"), "425000");
        browser.click(By.cssSelector("#product-form button[type=submit]"));
        browser.toastSays("Produit enregistré.");
        assertThat(TestDatabase.text("SELECT price::text FROM product WHERE slug = ?", slug))
                .isEqualTo("425000.00");

        browser.signIn(staff);
        browser.open("produits/" + slug);
        browser.click(By.cssSelector(".heading a[href^='#/historique?entity=product']"));
        browser.waitForText(By.cssSelector(".list tbody"), "Modification");
        String history = browser.text(By.cssSelector(".list tbody"));
        assertThat(history).contains("Création", staff.username(), "price", "450000", "425000");
        browser.screenshot("09-product-history");
    }

    @Test
    void bulkFeaturesThreeProductsChosenByFilter() {
        TestCatalog.Category category =
                TestCatalog.category("Souris " + UUID.randomUUID().toString().substring(0, 6));
        TestCatalog.products(category, 3);
        browser.signIn(staff);
        browser.open("produits");
        browser.waitFor(By.cssSelector(".list tbody tr"));
        browser.filterList(
                () -> browser.select(By.cssSelector(".filters [name=category]"), String.valueOf(category.id())), 3);
        browser.bulkOnAllRows("force_featured");
        browser.toastSays("3 produit(s) modifié(s) sur 3 sélectionné(s).");
        assertThat(TestDatabase.count(
                        "SELECT count(*) FROM product WHERE category_id = ? AND force_featured", category.id()))
                .isEqualTo(3);
        // Scores, and so the badge, are recomputed in the background within seconds of the change.
        Await.until(
                () -> TestDatabase.count(
                                "SELECT count(*) FROM product WHERE category_id = ? AND is_featured", category.id())
                        == 3,
                Duration.ofSeconds(15));
        browser.click(By.cssSelector(".filters button[type=submit]"));
        browser.waitForText(By.cssSelector(".list tbody"), "Vedette");
        browser.screenshot("10-products-bulk-featured");
    }

    @Test
    void movesACategoryUnderAnotherAndIsToldWhyAMoveUnderItsDescendantIsRefused() {
        TestCatalog.Category parent = TestCatalog.category(
                "Périphériques " + UUID.randomUUID().toString().substring(0, 6));
        TestCatalog.Category child =
                TestCatalog.category("Claviers " + UUID.randomUUID().toString().substring(0, 6));
        browser.signIn(staff);
        browser.open("categories");
        browser.click(By.cssSelector("li[data-slug='" + child.slug() + "'] > .node .move"));
        browser.select(By.cssSelector("dialog[open] [name=parent]"), String.valueOf(parent.id()));
        browser.click(browser.dialogSubmit());
        browser.toastSays("Catégorie déplacée.");
        assertThat(TestDatabase.count("SELECT parent_id FROM category WHERE id = ?", child.id()))
                .isEqualTo(parent.id());

        browser.click(By.cssSelector("li[data-slug='" + parent.slug() + "'] > .node .toggle"));
        browser.waitFor(By.cssSelector("li[data-slug='" + parent.slug() + "'] li[data-slug='" + child.slug() + "']"));
        browser.screenshot("11-categories");

        browser.click(By.cssSelector("li[data-slug='" + parent.slug() + "'] > .node .move"));
        browser.select(By.cssSelector("dialog[open] [name=parent]"), String.valueOf(child.id()));
        browser.click(browser.dialogSubmit());
        browser.waitFor(By.cssSelector("dialog[open] .field-error:not(:empty), dialog[open] .form-error:not(:empty)"));
        assertThat(browser.text(By.cssSelector("dialog[open] article"))).containsIgnoringCase("descendant");
        browser.screenshot("12-category-move-refused");
        browser.click(By.cssSelector("dialog[open] button.secondary"));
        assertThat(TestDatabase.text("SELECT parent_id FROM category WHERE id = ?", parent.id()))
                .isNull();
    }

    @Test
    void createsAPromotionOnACategoryAndPreviewsThePriceItGives() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        TestCatalog.Category category = TestCatalog.category("Portables " + suffix);
        String product = "Portable HP 250 " + suffix;
        ApiResponse created = staffApi(
                "POST",
                "/api/v1/products",
                Json.object("name", product, "category", category.id(), "price", 200000, "stock_quantity", 4));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        browser.signIn(staff);
        browser.open("promotions/nouvelle");
        String code = "RENTREE" + suffix.toUpperCase(java.util.Locale.ROOT);
        browser.type(By.cssSelector("#promotion-form [name=name]"), "Rentrée " + suffix);
        browser.type(By.cssSelector("#promotion-form [name=code]"), code);
        browser.select(By.cssSelector("#promotion-form [name=promotion_type]"), "percent");
        browser.type(By.cssSelector("#promotion-form [name=value]"), "10");
        browser.pick("categories", "Portables " + suffix);
        browser.click(By.cssSelector("#promotion-form button[type=submit]"));
        browser.waitFor(By.id("price-preview"));
        browser.pick("product", product);
        browser.type(By.cssSelector("#price-preview [name=quantity]"), "2");
        browser.click(By.xpath("//*[@id='price-preview']//button[normalize-space()='Calculer']"));
        browser.waitForText(By.id("price-result"), "Cette promotion s'applique.");
        assertThat(browser.text(By.id("price-result")))
                .contains("200 000 FCFA → 180 000 FCFA", "Total pour 2 : 360 000 FCFA");
        browser.screenshot("13-promotion-price-preview");

        browser.driver().navigate().refresh(); // a reload keeps the session (the tab's refresh token)
        browser.waitForText(By.id("redemptions"), "Aucune utilisation enregistrée.");

        browser.open("promotions");
        browser.waitForText(By.cssSelector(".list tbody"), "Rentrée " + suffix);
        assertThat(browser.text(By.cssSelector(".list tbody"))).contains("-10 %", "Active maintenant", "0 / ∞", code);
        browser.screenshot("14-promotions");
    }

    @Test
    void showsWhoUsedAPromotion() {
        String code = "SOLDES" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        // on a category of its own: a promotion on every product would change the prices other classes check
        TestCatalog.Category category = TestCatalog.category("Soldes " + code);
        ApiResponse promotion = staffApi(
                "POST",
                "/api/v1/promotions",
                PromotionBody.amount("Soldes " + code, 5000)
                        .code(code)
                        .onCategories(category.id())
                        .usageLimit(25)
                        .json());
        assertThat(promotion.status()).as(promotion.toString()).isEqualTo(201);
        ApiResponse redeemed = staffApi(
                "POST", "/api/v1/promotions/redeem", Json.object("code", code, "customer", "+229 97 00 00 01"));
        assertThat(redeemed.status()).as(redeemed.toString()).isEqualTo(200);

        browser.signIn(staff);
        browser.open("promotions/" + promotion.data().getString("slug"));
        browser.waitForText(By.id("redemptions"), "+229 97 00 00 01");
        assertThat(browser.text(By.id("redemptions"))).contains(staff.username());
        assertThat(browser.text(By.cssSelector(".summary"))).contains("1 / 25 utilisations");
        browser.screenshotOf("20-promotion-redemptions", By.id("redemptions"));
    }

    @Test
    void confirmsSubscribersWritesATemplateSchedulesACampaignAndWatchesItSend() {
        String tag = "console" + UUID.randomUUID().toString().substring(0, 6);
        List<String> addresses = List.of(tag + "-awa@example.bj", tag + "-koffi@example.bj");
        for (String address : addresses) {
            String body = Json.object("email", address, "tags", List.of(tag));
            assertThat(Api.post("/api/v1/newsletter/subscribers", body).status())
                    .isEqualTo(202);
        }
        browser.signIn(staff);
        browser.open("newsletter/abonnes");
        browser.waitFor(By.cssSelector(".list tbody tr"));
        browser.filterList(() -> browser.type(By.cssSelector(".filters [name=tag]"), tag), 2);
        browser.bulkOnAllRows("mark_confirmed");
        browser.toastSays("2 abonné(s) modifié(s)");
        browser.waitForText(By.cssSelector(".list tbody"), "Confirmé");
        browser.screenshot("15-subscribers");

        String template = "Nouveautés " + tag;
        browser.open("newsletter/modeles");
        browser.click(browser.button("Nouveau modèle"));
        browser.type(By.cssSelector("#template-form [name=name]"), template);
        browser.type(By.cssSelector("#template-form [name=subject]"), "Les nouveautés de la semaine " + tag);
        browser.waitForText(By.cssSelector(".preview-subject"), "Les nouveautés de la semaine " + tag);
        assertThat(browser.text(By.id("preview-text")))
                .contains("Bonjour Awa Dossou,", "/newsletter/unsubscribe?token=");
        browser.driver().switchTo().frame(browser.waitFor(By.id("preview-html")));
        assertThat(browser.text(By.tagName("body"))).contains("Bonjour Awa Dossou,", "Se désabonner");
        browser.driver().switchTo().defaultContent();
        browser.screenshot("16-template-preview");
        browser.click(By.cssSelector("#template-form button[type=submit]"));
        browser.toastSays("Modèle créé.");

        String campaign = "Campagne " + tag;
        browser.open("newsletter/campagnes");
        browser.click(browser.button("Nouvelle campagne"));
        browser.type(By.cssSelector("dialog[open] [name=name]"), campaign);
        new org.openqa.selenium.support.ui.Select(browser.waitFor(By.cssSelector("dialog[open] [name=template]")))
                .selectByVisibleText(template);
        browser.select(By.cssSelector("dialog[open] [name=recipients]"), "tag");
        browser.type(By.cssSelector("dialog[open] [name=recipient_tag]"), tag);
        browser.click(browser.dialogSubmit());
        browser.toastSays("Campagne créée.");

        By row = By.xpath("//tr[td[normalize-space()='" + campaign + "']]");
        browser.waitFor(row).findElement(By.cssSelector(".schedule")).click();
        String inThreeSeconds = (String)
                browser.script(
                        "const d = new Date(Date.now() + 3000), p = (n) => String(n).padStart(2, '0');"
                                + "return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;");
        browser.script(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                browser.waitFor(By.cssSelector("dialog[open] [name=scheduled_at]")),
                inThreeSeconds);
        browser.click(browser.dialogSubmit());
        browser.toastSays("Campagne programmée.");
        browser.waitForText(row, "Envoyée", Duration.ofSeconds(45));
        assertThat(browser.text(row)).contains("2 envoyé(s) · 0 en échec · 2 au total");
        for (String address : addresses) {
            assertThat(MailServer.receivedBy(address))
                    .anySatisfy(mail -> assertThat(mail.getSubject()).isEqualTo("Les nouveautés de la semaine " + tag));
        }
        browser.waitFor(row)
                .findElement(By.xpath(".//button[normalize-space()='Journal']"))
                .click();
        browser.waitForCount(By.cssSelector("#campaign-logs tbody tr"), 2);
        assertThat(browser.text(By.id("campaign-logs"))).contains(addresses.get(0), "Envoyé");
        browser.screenshot("17-campaign-sent");
    }

    @Test
    void editsTheSiteSettings() {
        String before = staffApi("GET", "/api/v1/settings", null).data().getString("contact_address");
        browser.signIn(staff);
        browser.open("site");
        browser.type(By.cssSelector("#settings-form [name=contact_address]"), "Carré 1234, Akpakpa, Cotonou");
        browser.click(By.cssSelector("#settings-form button[type=submit]"));
        browser.toastSays("Réglages enregistrés.");
        assertThat(staffApi("GET", "/api/v1/settings", null).data().getString("contact_address"))
                .isEqualTo("Carré 1234, Akpakpa, Cotonou");
        browser.screenshot("18-site");
        staffApi("PATCH", "/api/v1/settings", Json.object("contact_address", before));
    }

    @Test
    void servesTheConsoleFromTheWarUnderAStrictPolicyCachedForAYearAndGzipped() throws Exception {
        HttpResponse<byte[]> page = fetch("/admin/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'", "script-src 'self';", "connect-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("http", "unsafe-eval");
        assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).startsWith("no-cache");
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String html = new String(gunzip(page.body()), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script>", "{fingerprint}", "//cdn");

        Matcher assets = Pattern.compile("(?:href|src)=\"(/admin/assets/([0-9a-f]{12})/[^\"]+)\"")
                .matcher(html);
        long transferred = page.body().length;
        long uncompressed = html.length();
        int files = 0;
        String fingerprint = null;
        while (assets.find()) {
            HttpResponse<byte[]> asset = fetch(assets.group(1));
            assertThat(asset.statusCode()).as(assets.group(1)).isEqualTo(200);
            assertThat(asset.headers().firstValue("Cache-Control").orElseThrow())
                    .contains("max-age=31536000", "immutable");
            assertThat(asset.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            boolean gzipped = asset.headers().firstValue("Content-Encoding").isPresent();
            uncompressed += gzipped ? gunzip(asset.body()).length : asset.body().length;
            transferred += asset.body().length;
            fingerprint = assets.group(2);
            files++;
        }
        System.out.printf(
                "Back-office first load: %d files, %d bytes transferred (gzip), %d bytes uncompressed%n",
                files + 1, transferred, uncompressed);
        assertThat(files).as("icon, two stylesheets, every module").isGreaterThan(20);
        assertThat(transferred).as("what a phone downloads on its first visit").isLessThan(120_000);
        assertThat(fetch("/admin/assets/000000000000/js/main.js").statusCode()).isEqualTo(404);
        assertThat(fetch("/admin/assets/" + fingerprint + "/files.txt").statusCode())
                .isEqualTo(404);
        assertThat(fetch("/admin/assets/" + fingerprint + "/index.html").statusCode())
                .isEqualTo(404);
    }

    private static HttpResponse<byte[]> fetch(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(Api.BASE_URL + path))
                        .header("Accept-Encoding", "gzip, deflate, br")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }

    private static ApiResponse staffApi(String method, String path, String body) {
        String[] bearer = Api.bearer(Tokens.access(staff));
        return switch (method) {
            case "GET" -> Api.get(path, bearer);
            case "POST" -> Api.post(path, body, bearer);
            default -> Api.patch(path, body, bearer);
        };
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
