package no.ledsagerbevis.caseletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import no.ledsagerbevis.support.Http;
import no.ledsagerbevis.support.PostgresIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

/**
 * The "done when" in a real browser: on the demo profile, Ina approves a case in Tasklist with the
 * Camunda Form, and the decision letter appears in the Fiks simulator with Oslo's footer.
 */
@ActiveProfiles("demo")
class TasklistApprovalBrowserIT extends PostgresIntegrationTest {

  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @Autowired TaskService taskService;

  private WebDriver browser;
  private Path profile;

  @BeforeEach
  void startBrowser() throws IOException {
    requireChromium();
    profile = Files.createTempDirectory("caseletter-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
        "--window-size=1400,1600");
    browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
        options);
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
  void inaApprovesACaseInTasklistAndTheLetterAppearsInTheSimulatorWithTheFooter() throws IOException {
    await().atMost(Duration.ofSeconds(120)).until(() -> taskService.createTaskQuery()
        .taskDefinitionKey("Task_AssessApplication").taskCandidateGroup("0301-avdeling-1").count() == 2);

    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
        .sendKeys("ina");
    browser.findElement(By.cssSelector("input[type='password']")).sendKeys("demo");
    browser.findElement(By.cssSelector("button[type='submit']")).click();

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tasks-list"), "Vurder søknad"));
    browser.findElements(By.cssSelector(".tasks-list li a")).stream()
        .filter(a -> a.getText().contains("Vurder søknad")).findFirst().orElseThrow().click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(@class,'task-details')]"
        + "//*[normalize-space(text())='Claim']"))).click();
    WebElement innvilget = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//label[contains(normalize-space(.), 'Innvilget')]")));
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("Vurder søknad om ledsagerbevis");
    innvilget.click();
    WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//button[normalize-space(.)='Complete']")));
    // Tasklist's footer can lie over the button in a headless window; a script click is what a user's click does.
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true); arguments[0].click();", complete);

    JsonNode forsendelse = await().atMost(Duration.ofSeconds(120)).until(this::firstForsendelse, f -> f != null);
    assertThat(forsendelse.get("tittel").asText()).isEqualTo("Vedtak om ledsagerbevis");
    String text = pdfText(forsendelse.get("dokumenter").get(0).get("url").asText());
    assertThat(text).contains("innvilget", "Oslo kommune", DemoConfiguration.POSTADRESSENAVN)
        .containsAnyOf(DemoConfiguration.TELEFON, "21 80 21 80");
  }

  private JsonNode firstForsendelse() {
    JsonNode all = http().get("/fiks-simulator/api/svarut/forsendelser").json();
    for (JsonNode f : all) {
      if (f.get("tittel").asText().startsWith("Vedtak om ledsagerbevis")) {
        return f;
      }
    }
    return null;
  }

  private String pdfText(String url) throws IOException {
    Http.Response pdf = http().get(URI.create(url).getRawPath());
    try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static void requireChromium() {
    if (Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM)) {
      return;
    }
    String hint = "Chromium and chromedriver are needed at " + CHROMIUM + " and " + CHROMEDRIVER + ".";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail("CI=true requires the browser test to run. " + hint);
    }
    Assumptions.abort("Skipping the Tasklist browser test. " + hint);
  }
}
