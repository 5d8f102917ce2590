package no.ledsagerbevis.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the browser tests, with a fresh profile that is deleted on close. Without
 * Chromium and chromedriver the calling test is skipped with a hint, except when CI=true, where it fails.
 */
public final class Browser implements AutoCloseable {

  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private final WebDriver driver;
  private final Path profile;

  private Browser(WebDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * Starts headless Chromium with a window of the given size (skips or fails the test without it). The browser asks
   * for English, as many of our users' browsers do: the webapps must answer in Norwegian all the same.
   */
  public static Browser start(int width, int height) {
    requireChromium();
    try {
      Path profile = Files.createTempDirectory("ledsagerbevis-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
          "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
          "--window-size=" + width + "," + height, "--lang=en-US", "--accept-lang=en-US");
      options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
      ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
          .build();
      return new Browser(new ChromeDriver(service, options), profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  /**
   * A wait that tries again while AngularJS re-renders what a condition reads: besides a stale element, Chromium
   * may answer "Node with given id does not belong to the document" for an element replaced a moment ago.
   */
  public WebDriverWait waitUpTo(Duration timeout) {
    WebDriverWait wait = new WebDriverWait(driver, timeout);
    wait.ignoring(StaleElementReferenceException.class);
    wait.ignoring(WebDriverException.class);
    return wait;
  }

  /** Opens Tasklist on the given port and logs in. */
  public void logInToTasklist(int port, String user, String password) {
    logIn(port, "tasklist", user, password);
  }

  /** Opens a Camunda webapp ({@code tasklist}, {@code cockpit}, {@code admin}, {@code welcome}) and logs in. */
  public void logIn(int port, String app, String user, String password) {
    driver.get("http://localhost:" + port + "/camunda/app/" + app + "/default/");
    waitUpTo(Duration.ofSeconds(60))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
        .sendKeys(user);
    driver.findElement(By.cssSelector("input[type='password']")).sendKeys(password);
    driver.findElement(By.cssSelector("button[type='submit']")).click();
  }

  /** Clicks by script: Tasklist's footer can lie over a button in a headless window; the effect is a user's click. */
  public void scriptClick(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true); arguments[0].click();", element);
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /**
   * Saves a screenshot, the page source and the browser console as
   * {@code <build dir>/browser-screenshots/<name>.png/.html/.console.txt}
   * (the build dir is where the test classes were compiled to) and returns the screenshot's path.
   */
  public Path saveScreenshot(Class<?> testClass, String name) {
    try {
      Path dir = buildDir(testClass).resolve("browser-screenshots");
      Files.createDirectories(dir);
      Path png = dir.resolve(name + ".png");
      Files.write(png, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      Files.writeString(dir.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
      Files.write(dir.resolve(name + ".console.txt"), driver.manage().logs().get(LogType.BROWSER).getAll().stream()
          .map(LogEntry::toString).toList(), StandardCharsets.UTF_8);
      return png;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Saves a screenshot as {@code docs/images/<name>.png} in the project (the README's pictures come from the browser
   * tests, so they show what the tests saw).
   */
  public Path saveDocumentationImage(String name) {
    try {
      Path dir = Path.of("docs", "images");
      Files.createDirectories(dir);
      Path png = dir.resolve(name + ".png");
      Files.write(png, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return png;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // A temp profile left behind is harmless.
      }
    }
  }

  private static Path buildDir(Class<?> testClass) {
    try {
      // <build dir>/test-classes
      return Path.of(testClass.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    } catch (URISyntaxException e) {
      return Path.of(System.getProperty("java.io.tmpdir"));
    }
  }

  private static void requireChromium() {
    if (Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM)) {
      return;
    }
    String hint = "Chromium and chromedriver are needed at " + CHROMIUM + " and " + CHROMEDRIVER
        + " (Debian: apt-get install -y chromium chromium-driver).";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail("CI=true requires the browser test to run. " + hint);
    }
    Assumptions.abort("Skipping the browser test. " + hint);
  }
}
