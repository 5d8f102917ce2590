package no.ledsagerbevis.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import no.ledsagerbevis.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** Ina logs in to the real Tasklist in headless Chromium and sees Avdeling 1's tasks, never Avdeling 2's (S16). */
class TasklistBrowserIT extends PostgresIntegrationTest {

  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @Autowired
  MunicipalityAccess access;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  RuntimeService runtimeService;

  private WebDriver browser;
  private Path profile;

  @BeforeEach
  void startBrowser() throws IOException {
    requireChromium();
    AccessFixture.build(asAdmin(), access, repositoryService, runtimeService);
    profile = Files.createTempDirectory("ledsagerbevis-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
        "--window-size=1400,1000");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .build();
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void stopBrowser() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void inaSeesOnlyAvdeling1TasksInTasklist() {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
        .sendKeys("ina");
    browser.findElement(By.cssSelector("input[type='password']")).sendKeys(AccessFixture.PASSORD);
    browser.findElement(By.cssSelector("button[type='submit']")).click();

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tasks-list"), "Sak A1-en"));
    String tasks = browser.findElement(By.cssSelector(".tasks-list")).getText();
    assertThat(tasks).contains("Sak A1-en", "Sak A1-to").doesNotContain("Sak A2", "Bergen");
    String page = browser.findElement(By.tagName("body")).getText();
    assertThat(page).contains("Avdeling 1 – oppgaver").doesNotContain("Avdeling 2", "Sak A2");
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
    Assumptions.abort("Skipping the Tasklist browser test. " + hint);
  }
}
