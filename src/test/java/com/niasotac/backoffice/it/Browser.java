package com.niasotac.backoffice.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by Debian's chromium-driver (named explicitly, so Selenium Manager never
 * downloads anything), on the console the deployed WAR serves. Screenshots go to target/back-office-screenshots.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "back-office-screenshots");
    static final Dimension DESKTOP = new Dimension(1280, 1000);
    static final Dimension PHONE = new Dimension(390, 844);
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final Path profile;

    Browser() {
        try {
            profile = Files.createTempDirectory("back-office-chromium");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-dev-shm-usage",
                "--lang=fr-FR",
                "--user-data-dir=" + profile);
        // The console's errors (a refused script or style under the policy among them) are read back.
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(DESKTOP);
    }

    /** The console as a new tab would find it: no session kept by an earlier test. */
    void fresh() {
        // Cleared from a page of the same origin that runs no script, so no renewal in flight can write it back.
        driver.get(Api.BASE_URL + "/healthz/live");
        driver.executeScript("sessionStorage.clear()");
        driver.get(Api.BASE_URL + "/admin/");
        waitFor(By.cssSelector("#sign-in"));
    }

    void signIn(TestDatabase.User user) {
        fresh();
        fillSignIn(user.username(), user.password());
        waitFor(By.id("sign-out"));
    }

    void fillSignIn(String username, String password) {
        type(By.cssSelector("#sign-in [name=username]"), username);
        type(By.cssSelector("#sign-in [name=password]"), password);
        driver.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
    }

    /** A screen of the console by its route, as a click on the menu would open it (same page, same session). */
    void open(String route) {
        driver.get(Api.BASE_URL + "/admin/#/" + route);
    }

    WebElement waitFor(By locator) {
        return until(ExpectedConditions.visibilityOfElementLocated(locator), PATIENCE);
    }

    /** Waits for a condition; when it never comes, the failure shows what the page showed instead. */
    private <T> T until(
            java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition, Duration patience) {
        try {
            return new WebDriverWait(driver, patience).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failure-" + System.currentTimeMillis());
            String shown = driver.findElement(By.tagName("body")).getText();
            throw new AssertionError("At " + driver.getCurrentUrl() + ", the page shows:\n" + shown, e);
        }
    }

    void waitForText(By locator, String text) {
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    void waitForText(By locator, String text, Duration patience) {
        new WebDriverWait(driver, patience).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    void waitForCount(By locator, int count) {
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.numberOfElementsToBe(locator, count));
    }

    /** The text of an element with the console's non-breaking spaces (450 000 FCFA) as plain ones. */
    String text(By locator) {
        return waitFor(locator).getText().replace('\u00a0', ' ');
    }

    List<WebElement> all(By locator) {
        return driver.findElements(locator);
    }

    void click(By locator) {
        until(ExpectedConditions.elementToBeClickable(locator), PATIENCE).click();
    }

    void type(By locator, String text) {
        WebElement input = waitFor(locator);
        input.clear();
        input.sendKeys(text);
    }

    void select(By locator, String value) {
        new Select(waitFor(locator)).selectByValue(value);
    }

    /** Opens a list's filters, sets them with {@code choose}, applies them and waits for the rows they leave. */
    void filterList(Runnable choose, int rows) {
        click(By.cssSelector(".more-filters summary"));
        choose.run();
        click(By.cssSelector(".filters button[type=submit]"));
        // The list is busy from the click until its new rows are drawn.
        waitFor(By.cssSelector(".list-body:not([aria-busy])"));
        waitForCount(By.cssSelector(".list tbody tr"), rows);
    }

    /** Types into a picker and chooses the row found for exactly that text (not an earlier search's). */
    void pick(String field, String text) {
        type(By.cssSelector("[data-field='" + field + "'] input[type=search]"), text);
        // (the tests' texts hold no apostrophe, so they quote as XPath literals as they are)
        click(By.xpath("//*[@data-field='" + field + "']//ul[@data-query='" + text + "']//button[contains(., '" + text
                + "')]"));
    }

    /** Selects every row of the list shown and applies a bulk action to them. */
    void bulkOnAllRows(String action) {
        click(By.cssSelector(".list thead input[type=checkbox]"));
        select(By.cssSelector("[name=bulk_action]"), action);
        click(button("Appliquer"));
    }

    /** A file input takes several paths at once, one a line. */
    void attach(By locator, List<Path> files) {
        driver.findElement(locator)
                .sendKeys(String.join(
                        "\n",
                        files.stream().map(f -> f.toAbsolutePath().toString()).toList()));
    }

    /** Waits for a notice (toast) saying this. */
    void toastSays(String text) {
        waitForText(By.id("toasts"), text);
    }

    By button(String label) {
        return By.xpath("//button[normalize-space()='" + label + "']");
    }

    By dialogSubmit() {
        return By.cssSelector("dialog[open] button[type=submit]");
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    ChromeDriver driver() {
        return driver;
    }

    void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot with this element scrolled into view. */
    void screenshotOf(String name, By element) {
        script("arguments[0].scrollIntoView({block: 'start'})", waitFor(element));
        screenshot(name);
    }

    /**
     * Errors the page logged (refused resources, uncaught exceptions), less the API's expected refusals and the
     * images of TestCatalog's products, whose rows point at files that were never stored.
     */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(
                        message -> !message.matches(
                                ".*/api/.* - Failed to load resource: the server responded with a status of (400|401|403|404|409).*"))
                .filter(message -> !message.matches(".*/media/products/\\d+/fixture.png - Failed to load resource.*"))
                // asked for by the JSON page fresh() passes through, not by the console (it has its icon)
                .filter(message -> !message.startsWith(Api.BASE_URL + "/favicon.ico "))
                .toList();
    }

    void assertNoConsoleErrors() {
        assertThat(consoleErrors()).as("the browser's console").isEmpty();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
