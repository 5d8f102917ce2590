package no.ledsagerbevis.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.ledsagerbevis.agreement.AgreementSigningProcess;
import no.ledsagerbevis.configuration.ConfigurationProcess;
import no.ledsagerbevis.support.Browser;
import no.ledsagerbevis.support.Http;
import no.ledsagerbevis.support.PostgresIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 4's "done when" in a real browser: a new user follows docs/onboarding.md ("Slik tar du i bruk
 * tjenesten for «0301 Oslo» i nettleseren") in Tasklist on the default run, and finds the signed
 * tjenestebilag on the simulator page. Every step goes through Tasklist's forms in headless Chromium,
 * except the administrator and user group, which the walkthrough creates through our REST API.
 */
@TestPropertySource(properties = "ledsagerbevis.fiks.simulator.status-step=200ms")
class OnboardingTasklistBrowserIT extends PostgresIntegrationTest {

  private static final String OSLO = "0301";
  private static final String FILTER = "Administrasjon Oslo – oppgaver";
  private static final Duration ASYNC = Duration.ofSeconds(60);

  @Autowired
  TaskService taskService;
  @Autowired
  IdentityService identityService;

  private Browser browser;
  private WebDriverWait wait;

  @BeforeEach
  void startBrowser() {
    browser = Browser.start(1400, 1600);
    wait = browser.waitUpTo(Duration.ofSeconds(60));
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aNewUserOnboardsOsloInTasklistAndFindsTheSignedTjenestebilagInTheSimulator() throws Throwable {
    try {
      walkThrough();
    } catch (Throwable failure) {
      failure.addSuppressed(new AssertionError("screenshot: " + browser.saveScreenshot(getClass(), "failure")));
      throw failure;
    }
  }

  private void walkThrough() throws Exception {
    // 2. Log in as admin/admin.
    browser.logInToTasklist(port, "admin", "admin");

    // 3. Start process -> "Ta i bruk Digitalt ledsagerbevis" -> Kommunenummer 0301 -> Start.
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space(.)='Start prosess']"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//*[contains(@class,'modal')]//a[normalize-space(.)='Ta i bruk Digitalt ledsagerbevis']"))).click();
    type("Kommunenummer", OSLO);
    browser.scriptClick(wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//*[contains(@class,'modal')]//button[normalize-space(.)='Start']"))));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));

    // 4. Opprett egen SvarUt-konto, in the filter created for Oslo's administrators.
    Task svarUt = openTask(OnboardingProcess.TASK_CREATE_SVARUT_ACCOUNT, "Opprett egen SvarUt-konto");
    check("SvarUt-kontoen for Digitalt ledsagerbevis er opprettet");
    completeInTasklist(svarUt);

    // 5. Signer tjenestebilag: the form links to the PDF.
    Task sign = openTask(AgreementSigningProcess.TASK_SIGN_AGREEMENT, "Signer tjenestebilag");
    assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//a[contains(@href,'/api/v1/kommuner/" + OSLO + "/tjenestebilag')]")))).isNotNull();
    check("godtar vilkårene");
    completeInTasklist(sign);

    // 6. Første gangs oppsett: a bad postnummer is refused with a Norwegian message, then the right one.
    Task setup = openTask(ConfigurationProcess.TASK_CONFIGURE_SERVICE, "Første gangs oppsett");
    chooseFirstOption("SvarUt-konto");
    type("Postadresse", "Postboks 6355 Etterstad");
    type("Postnummer", "12");
    type("Poststed", "Oslo");
    type("Telefonnummer", "21802180");
    check("registerrolle, dokumentlagerkonto og meldingskonto");
    clickComplete();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Postnummer må bestå av"));
    assertThat(taskService.createTaskQuery().taskId(setup.getId()).count()).as("refused, still open").isEqualTo(1);
    type("Postnummer", "0604");
    completeInTasklist(setup);

    Task settings = openTask(ConfigurationProcess.TASK_ENTER_SETTINGS, "Innstillinger");
    type("Kontaktpersoner", "ledsagerbevis@oslo.kommune.example");
    completeInTasklist(settings);

    // 7. Administrator and user group through the REST API, as the walkthrough says, then the task.
    Task access = openTask(OnboardingProcess.TASK_SET_UP_ACCESS, "Opprett administratorer og brukergrupper");
    Http admin = asAdmin();
    Http.Response administrator = admin.postJson("/api/v1/kommuner/" + OSLO + "/administratorer",
        Map.of("brukernavn", "kari.admin", "navn", "Kari Administrator", "passord", "Hemmelig-123"));
    assertThat(administrator.status()).as(administrator.body()).isEqualTo(201);
    Http.Response group = admin.postJson("/api/v1/kommuner/" + OSLO + "/grupper", Map.of("gruppenavn", "Avdeling 1"));
    assertThat(group.status()).as(group.body()).isEqualTo(201);
    check("Administrator og brukergruppe er opprettet");
    completeInTasklist(access);

    // 8. The status says AKTIV.
    await().atMost(ASYNC).untilAsserted(() -> assertThat(
        admin.get("/api/v1/kommuner/" + OSLO + "/status").json().get("status").asText()).isEqualTo("AKTIV"));

    // 10. The simulator page lists the signed tjenestebilag to Oslo with its PDF.
    browser.driver().get("http://localhost:" + port + "/fiks-simulator");
    WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
        "//tr[td[normalize-space(.)='Signert tjenestebilag for Digitalt ledsagerbevis – Oslo']]")));
    assertThat(row.getText()).contains("Oslo");
    String href = row.findElement(By.xpath(".//a[@href]")).getAttribute("href");
    Http.Response pdf = admin.get(href.replaceFirst("^https?://[^/]+", ""));
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(new String(pdf.bytes(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
    try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
      // The signature page names the logged-in user who completed "Signer tjenestebilag".
      User signer = identityService.createUserQuery().userId("admin").singleResult();
      assertThat(new PDFTextStripper().getText(document)).contains("Oslo", "Signert av", "Bruker-id: admin",
          signer.getFirstName(), signer.getLastName());
    }
  }

  /** Waits until the engine has the task, then picks it in Tasklist from the Oslo filter and claims it. */
  private Task openTask(String taskDefinitionKey, String name) {
    Task task = await().atMost(ASYNC).until(() -> taskService.createTaskQuery().taskDefinitionKey(taskDefinitionKey)
        .singleResult(), t -> t != null);
    browser.driver().get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'filters')]//a[contains(normalize-space(.),'" + FILTER + "')]"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tasks-list"), name));
    List<WebElement> links = browser.driver().findElements(By.cssSelector(".tasks-list li a"));
    links.stream().filter(a -> a.getText().contains(name)).findFirst().orElseThrow().click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(@class,'task-details')]"
        + "//*[normalize-space(text())='Ta oppgaven']"))).click();
    await().atMost(ASYNC).until(() -> taskService.createTaskQuery().taskId(task.getId()).taskAssignee("admin")
        .count() == 1);
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='Fullfør']")));
    return task;
  }

  /** The form-js input whose label contains the text (the label's for= names the input). */
  private WebElement formField(String label) {
    WebElement labelElement = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//label[contains(normalize-space(.),'" + label + "')]")));
    String id = labelElement.getAttribute("for");
    return wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
  }

  /**
   * Types the value and waits until two polls in a row (fresh lookups) see it: form-js may render the
   * form again right after it first appears, which would drop text typed into the first rendering.
   */
  private void type(String label, String value) {
    boolean[] seenOnce = {false};
    wait.ignoring(StaleElementReferenceException.class).until(driver -> {
      WebElement field = formField(label);
      if (value.equals(field.getAttribute("value"))) {
        if (seenOnce[0]) {
          return true;
        }
        seenOnce[0] = true;
        return false;
      }
      seenOnce[0] = false;
      field.clear();
      field.sendKeys(value);
      return false;
    });
  }

  private void check(String label) {
    WebElement box = formField(label);
    if (!box.isSelected()) {
      browser.scriptClick(box);
    }
    wait.until(ExpectedConditions.elementToBeSelected(box));
  }

  /** form-js's select: a display box that opens a list of options; the input beside it is hidden. */
  private void chooseFirstOption(String label) {
    String id = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//label[contains(normalize-space(.),'" + label + "')]"))).getAttribute("for");
    wait.until(ExpectedConditions.elementToBeClickable(By.id(id + "-display"))).click();
    WebElement option = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".fjs-dropdownlist-item")));
    String text = option.getText();
    option.click();
    wait.until(ExpectedConditions.textToBe(By.id(id + "-display"), text));
  }

  private void clickComplete() {
    browser.scriptClick(wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//button[normalize-space(.)='Fullfør']"))));
  }

  private void completeInTasklist(Task task) {
    clickComplete();
    await().atMost(ASYNC).until(() -> taskService.createTaskQuery().taskId(task.getId()).count() == 0);
  }
}
