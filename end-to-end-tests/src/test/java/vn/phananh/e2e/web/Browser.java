package vn.phananh.e2e.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (installed by {@code .ci/run}):
 * nothing is downloaded at run time. Screenshots go to {@code target/screenshots/} for a person to look at.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PHANANH_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("PHANANH_CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    public final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** A fresh browser (own profile, no cookies); {@code phone} gives a small portrait viewport. */
    public static Browser open(boolean phone) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Chromium and chromedriver are needed at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": apt-get install chromium chromium-driver (bash .ci/run does it)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--lang=vi-VN", "--no-first-run", "--disable-extensions");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(phone ? new Dimension(390, 844) : new Dimension(1366, 900));
        return new Browser(driver);
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png} (the whole page height). */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Object height = driver.executeScript("return document.documentElement.scrollHeight");
            Dimension before = driver.manage().window().getSize();
            int full = Math.min(6000, Math.max(before.getHeight(), ((Number) height).intValue() + 140));
            driver.manage().window().setSize(new Dimension(before.getWidth(), full));
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            driver.manage().window().setSize(before);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** From the pages' sign-in link to Keycloak's login page and back, signed in as {@code user}. */
    public void logIn(String user, String password) {
        if (!driver.findElements(By.id("login-link")).isEmpty()) {
            driver.findElement(By.id("login-link")).click();
        }
        waitFor(Duration.ofSeconds(15), d -> d.findElement(By.id("kc-form-login")));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        waitFor(Duration.ofSeconds(15), d -> d.findElement(By.id("current-user")));
    }

    /** Waits, polling every half second, until {@code condition} gives a value (not null, not false). */
    public <T> T waitFor(Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(500)).until(condition::apply);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
