package no.ledsagerbevis.caseletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import no.ledsagerbevis.support.Browser;
import no.ledsagerbevis.support.Http;
import no.ledsagerbevis.support.PostgresIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
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

  @Autowired TaskService taskService;

  private Browser browser;

  @BeforeEach
  void startBrowser() {
    browser = Browser.start(1400, 1600);
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void inaApprovesACaseInTasklistAndTheLetterAppearsInTheSimulatorWithTheFooter() throws IOException {
    await().atMost(Duration.ofSeconds(120)).until(() -> taskService.createTaskQuery()
        .taskDefinitionKey("Task_AssessApplication").taskCandidateGroup("0301-avdeling-1").count() == 2);

    browser.logInToTasklist(port, "ina", "demo");
    WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(60));

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tasks-list"), "Vurder søknad"));
    browser.driver().findElements(By.cssSelector(".tasks-list li a")).stream()
        .filter(a -> a.getText().contains("Vurder søknad")).findFirst().orElseThrow().click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(@class,'task-details')]"
        + "//*[normalize-space(text())='Ta oppgaven']"))).click();
    WebElement innvilget = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//label[contains(normalize-space(.), 'Innvilget')]")));
    assertThat(browser.pageText()).contains("Vurder søknad om ledsagerbevis");
    innvilget.click();
    WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//button[normalize-space(.)='Fullfør']")));
    browser.scriptClick(complete);

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
}
