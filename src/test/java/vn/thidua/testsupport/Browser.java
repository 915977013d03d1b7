package vn.thidua.testsupport;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by Selenium, signed in as one user. */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path profile;
    private final WebDriverWait wait;

    public Browser() {
        try {
            profile = Files.createTempDirectory(new File(System.getProperty("thidua.buildDir", "target")).toPath(), "chrome-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(env("CHROME_BIN", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1400,1000", "--lang=vi", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(env("CHROMEDRIVER", "/usr/bin/chromedriver"))).build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public static Browser loggedInAs(String username) {
        Browser browser = new Browser();
        browser.open("/login.xhtml");
        browser.type(By.id("loginForm:username"), username);
        browser.type(By.id("loginForm:password"), Api.DEMO_PASSWORD);
        browser.click(By.id("loginForm:submit"));
        browser.waitFor(By.id("welcome"));
        return browser;
    }

    public void open(String path) {
        driver.get(AppServer.baseUrl() + path);
    }

    public WebDriver driver() {
        return driver;
    }

    public WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    public void type(By by, String text) {
        WebElement element = waitFor(by);
        element.clear();
        element.sendKeys(text);
    }

    public void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /** Clicks a button that asks "are you sure?" first, and answers yes. */
    public void clickAndConfirm(By by) {
        click(by);
        wait.until(ExpectedConditions.alertIsPresent()).accept();
    }

    /**
     * Picks an option of a PrimeFaces selectOneMenu by its label, through the menu's own widget as a click on the option
     * would (change event and ajax included). Clicking the sliding panel was not reliable on a loaded machine: the
     * click could land while the panel was still opening, or on an option scrolled out of the panel's view.
     */
    public void choose(String menuId, String label) {
        By shown = By.id(menuId + "_label");
        waitFor(shown);
        Object chosen = ((JavascriptExecutor) driver).executeScript("""
                var id = arguments[0], label = arguments[1];
                var w = PrimeFaces.getWidgetById(id);
                if (!w) { return false; }
                if (!w.items || !w.items.length) { w.callHandleMethod(null, null); }
                var item = w.items.filter(function () { return this.getAttribute('data-label') === label; });
                if (!item.length) { return false; }
                w.selectItem(item.first());
                return true;""", menuId, label);
        awaitAjax();
        if (!Boolean.TRUE.equals(chosen) || !label.equals(driver.findElement(shown).getText().strip())) {
            screenshot("choose-" + menuId.replaceAll("\\W", "_"));
            throw new IllegalStateException("Could not choose «" + label + "» in " + menuId);
        }
    }

    /** Waits until PrimeFaces has no ajax request pending. */
    public void awaitAjax() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0);")));
    }

    /** Waits for a text in an element; on failure leaves a screenshot named after the test in the build folder. */
    public void see(By by, String expected, String screenshotName) {
        try {
            waitForText(by, expected);
        } catch (RuntimeException e) {
            screenshot(screenshotName);
            throw e;
        }
    }

    /** A screenshot in the build folder, only an aid to debugging. */
    public void screenshot(String name) {
        try {
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(),
                    new File(System.getProperty("thidua.buildDir", "target"), name + ".png").toPath(), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException ignored) {
            // nothing to add to the failure being reported
        }
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Downloads a link's target with this browser's session, as clicking it would. */
    public byte[] download(String href) {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Download of " + href + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var walk = Files.walk(profile)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover profile folder in target/ is harmless
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
