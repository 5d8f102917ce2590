package no.ledsagerbevis.caseletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import no.ledsagerbevis.demo.DemoConfiguration;
import no.ledsagerbevis.support.Browser;
import no.ledsagerbevis.support.PostgresIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

/**
 * The case handler's journeys in a real browser on the demo profile, through our Tasklist scripts only: Ina reads
 * the case card of «Vurder søknad» (name, photo, history), sees the case named in the task list, previews the
 * letter and approves, and the letter reaches the Fiks simulator with Oslo's footer; Kari registers a «Ny søknad»
 * and its task appears. Saves the README's screenshots.
 */
@ActiveProfiles("demo")
class CaseScreensBrowserIT extends PostgresIntegrationTest {

  private static final Path SCREENSHOTS = Path.of("docs", "images");

  @Autowired TaskService taskService;

  private Browser browser;
  private WebDriverWait wait;

  @BeforeEach
  void startBrowser() {
    browser = Browser.start(1400, 1000);
    wait = browser.waitUpTo(Duration.ofSeconds(60));
  }

  /** Each test changes only its own group: Ina's decides one of Avdeling 1's cases, Kari's adds one to Avdeling 2. */
  private void demoCasesReadyIn(String gruppeId) {
    await().atMost(Duration.ofSeconds(120)).until(() -> assessTasks(gruppeId) == 2);
  }

  private long assessTasks(String gruppeId) {
    return taskService.createTaskQuery().taskDefinitionKey("Task_AssessApplication").taskCandidateGroup(gruppeId)
        .count();
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void inaReadsTheCaseCardPreviewsTheLetterAndApproves() throws IOException {
    demoCasesReadyIn("0301-avdeling-1");
    browser.logInToTasklist(port, "ina", "demo");

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tasks-list"), "Kari Nordmann"));
    String list = browser.driver().findElement(By.cssSelector(".tasks-list")).getText();
    assertThat(list).contains("Kari Nordmann", "Ref. DEMO-1", "Ingrid Bergersen", "Ref. DEMO-2")
        .doesNotContain("Nora Olsen");
    browser.driver().findElement(By.xpath("//*[contains(@class,'tasks-list')]//li[.//*[contains(@class,'lb-oppgave-sak')]"
        + "[contains(., 'Kari Nordmann')]]//h4/a")).click();

    WebElement card;
    try {
      card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".lb-saks-kort .lb-navn")));
    } catch (RuntimeException e) {
      browser.saveScreenshot(getClass(), "ina-no-case-card");
      throw new AssertionError("No case card; page: " + browser.pageText(), e);
    }
    assertThat(card.getText()).isEqualTo("Kari Nordmann");
    WebElement photo = wait.until(d -> d.findElement(By.cssSelector(".lb-foto-bilde")));
    wait.until(d -> loadedWidth(photo) > 0);
    String cardText = browser.driver().findElement(By.cssSelector(".lb-saks-kort")).getText();
    assertThat(cardText).contains("Storgata 1", "0155 OSLO", "DEMO-1", "91234567", "Under behandling", "Historikk",
        "Saken er opprettet.", "Personen er slått opp i Folkeregisteret.");
    saveScreenshot("case-card.png");

    String preview = browser.driver().findElement(By.cssSelector(".lb-forhandsvisning[data-vedtak='INNVILGET']"))
        .getAttribute("href");
    assertThat(fetchFromPage(preview)).as("the preview, fetched with the webapp session").isEqualTo("200 application/pdf %PDF");

    Path notAnImage = Files.createTempFile("ikke-bilde", ".png");
    Files.writeString(notAnImage, "ikke et bilde", StandardCharsets.UTF_8);
    browser.driver().findElement(By.id("lb-bilde-fil")).sendKeys(notAnImage.toString());
    browser.scriptClick(browser.driver().findElement(By.id("lb-last-opp")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".lb-foto .lb-feil"),
        "Bildet må være JPEG eller PNG."));
    browser.driver().findElement(By.id("lb-bilde-fil")).sendKeys(pngFile().toString());
    browser.scriptClick(browser.driver().findElement(By.id("lb-last-opp")));
    wait.until(d -> d.findElement(By.cssSelector(".lb-historikk")).getText().split("Bildet er lastet opp\\.", -1).length == 3);

    browser.scriptClick(browser.driver().findElement(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Skjema']")));
    browser.scriptClick(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(@class,'task-details')]"
        + "//*[normalize-space(text())='Ta oppgaven']"))));
    WebElement innvilget = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//label[contains(normalize-space(.), 'Innvilget')]")));
    assertThat(browser.pageText()).doesNotContain("/api/v1", "GET ");
    innvilget.click();
    browser.scriptClick(wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//button[normalize-space(.)='Fullfør']"))));

    JsonNode letter = await().atMost(Duration.ofSeconds(120)).until(this::firstLetter, l -> l != null);
    assertThat(letter.get("mottaker").get("digitalId").asText()).isEqualTo("15838500002");
    assertThat(letter.get("tittel").asText()).isEqualTo("Vedtak om ledsagerbevis");
    assertThat(pdfText(letter.get("dokumenter").get(0).get("url").asText()))
        .contains("innvilget", "Oslo kommune", DemoConfiguration.POSTADRESSENAVN)
        .containsAnyOf(DemoConfiguration.TELEFON, "21 80 21 80");
  }

  @Test
  void kariRegistersANewApplicationAndSeesItsTask() throws IOException {
    demoCasesReadyIn("0301-avdeling-2");
    browser.logInToTasklist(port, "kari", "demo");

    WebElement nySoknad = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.lb-ny-soknad")));
    assertThat(nySoknad.getText()).isEqualTo("Ny søknad");
    nySoknad.click();
    WebElement fnr = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lb-fnr")));
    assertThat(browser.driver().findElement(By.cssSelector(".lb-dialog")).getText()).contains("Avdeling 2", "Oslo");
    fnr.sendKeys("15838500003");
    browser.driver().findElement(By.id("lb-sla-opp")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lb-fnr-feil"), "kontrollsifrene"));

    fnr.clear();
    fnr.sendKeys("15838500274");
    browser.driver().findElement(By.id("lb-sla-opp")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".lb-person-navn"), "Per Hansen"));
    assertThat(browser.driver().findElement(By.cssSelector(".lb-person-adresse")).getText())
        .isEqualTo("Trondheimsveien 100, 0565 OSLO");
    browser.driver().findElement(By.id("lb-telefonnummer")).sendKeys("91234567");
    new Select(browser.driver().findElement(By.id("lb-antall"))).selectByValue("2");
    browser.driver().findElement(By.id("lb-referanse")).sendKeys("KARI-1");
    browser.driver().findElement(By.id("lb-bilde")).sendKeys(pngFile().toString());
    saveScreenshot("ny-soknad.png");

    browser.driver().findElement(By.id("lb-opprett")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".lb-registrert")));
    browser.scriptClick(browser.driver().findElement(By.xpath("//*[contains(@class,'lb-dialog')]//button[normalize-space(.)='Lukk']")));

    browser.waitUpTo(Duration.ofSeconds(90)).until(ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector(".tasks-list"), "Per Hansen"));
    assertThat(browser.driver().findElement(By.cssSelector(".tasks-list")).getText()).contains("Ref. KARI-1");
    assertThat(assessTasks("0301-avdeling-2")).isEqualTo(3);
  }

  private long loadedWidth(WebElement image) {
    Object width = ((JavascriptExecutor) browser.driver()).executeScript(
        "return arguments[0].complete ? arguments[0].naturalWidth : 0;", image);
    return ((Number) width).longValue();
  }

  /** Fetches a URL from the page as our scripts do; answers "status content-type first-bytes". */
  private String fetchFromPage(String url) {
    Object result = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(arguments[0], { credentials: 'same-origin' })
          .then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('Content-Type') + ' '
            + String.fromCharCode(...new Uint8Array(b.slice(0, 4))))))
          .catch(e => done('error ' + e));""", url);
    return String.valueOf(result);
  }

  private static Path pngFile() throws IOException {
    Path file = Files.createTempFile("foto", ".png");
    Files.write(file, CaseScreensApiIT.png());
    return file;
  }

  private void saveScreenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
  }

  private String pdfText(String url) throws IOException {
    try (PDDocument document = Loader.loadPDF(http().get(URI.create(url).getRawPath()).bytes())) {
      return new PDFTextStripper().getText(document);
    }
  }

  private JsonNode firstLetter() {
    for (JsonNode forsendelse : http().get("/fiks-simulator/api/svarut/forsendelser").json()) {
      if (forsendelse.get("tittel").asText().startsWith("Vedtak om ledsagerbevis")) {
        return forsendelse;
      }
    }
    return null;
  }
}
