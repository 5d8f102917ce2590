package no.ledsagerbevis.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import no.ledsagerbevis.support.Browser;
import no.ledsagerbevis.support.Http;
import no.ledsagerbevis.support.PostgresIntegrationTest;
import no.ledsagerbevis.support.TableRowCounts;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.ActiveProfiles;

/**
 * The bad-input catalogue's cases in a real browser (docs/reliability.md, «Ugyldige data»), on the demo
 * municipality: what a user types or picks is refused with the Norwegian message next to the field or on the form,
 * and every table has as many rows as before.
 */
@ActiveProfiles("demo")
class BadInputBrowserIT extends PostgresIntegrationTest {

  @Autowired DataSource dataSource;
  @Autowired TaskService taskService;

  @Value("${ledsagerbevis.access.demo.passord}")
  String demoPassord;

  private Browser browser;
  private WebDriverWait wait;

  @BeforeEach
  void startBrowser() {
    await().atMost(Duration.ofSeconds(120)).until(() -> taskService.createTaskQuery()
        .taskDefinitionKey("Task_AssessApplication").taskCandidateGroup("0301-avdeling-2").count() >= 2);
    browser = Browser.start(1400, 1000);
    wait = browser.waitUpTo(Duration.ofSeconds(60));
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void nySoknadRefusesACheckDigitErrorASevenDigitPhoneAndAPdfRenamedToJpg() throws IOException {
    browser.logInToTasklist(port, "kari", demoPassord);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.lb-ny-soknad"))).click();
    WebElement fnr = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lb-fnr")));

    TableRowCounts before = counts();
    fnr.sendKeys("15838500275");
    browser.driver().findElement(By.id("lb-sla-opp")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lb-fnr-feil"), "kontrollsifrene"));
    assertThat(before.differences(counts())).as("a wrong check digit").isEmpty();

    fnr.clear();
    fnr.sendKeys("15838500274");
    browser.driver().findElement(By.id("lb-sla-opp")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lb-opprett")));
    browser.driver().findElement(By.id("lb-telefonnummer")).sendKeys("9123456");
    browser.driver().findElement(By.id("lb-bilde")).sendKeys(pdfRenamedToJpg().toString());
    before = counts();
    browser.driver().findElement(By.id("lb-opprett")).click();

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lb-telefonnummer-feil"), "8 siffer"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lb-bilde-feil"), "JPEG eller PNG"));
    assertThat(browser.driver().findElements(By.cssSelector(".lb-registrert"))).isEmpty();
    assertThat(before.differences(counts())).as("neither the case nor the photo stored").isEmpty();
  }

  @Test
  void brukergrupperRefusesHtmlInAGroupNameAndSqlInAUserName() {
    browser.logInToTasklist(port, "tjenesteadmin", demoPassord);
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Brukergrupper"))).click();
    WebElement newGroup = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("form.ledsagerbevis-ny-gruppe")));

    TableRowCounts before = counts();
    type(newGroup, "gruppenavn", "<img src=x onerror=alert(1)>");
    browser.scriptClick(newGroup.findElement(By.cssSelector("button[type='submit']")));
    assertThat(errorOf(newGroup)).contains("< eller >");
    assertThat(before.differences(counts())).as("HTML in a group name").isEmpty();

    WebElement addUser = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("article[data-gruppe-id='0301-avdeling-1'] form.ledsagerbevis-legg-til-bruker")));
    type(addUser, "brukernavn", "ole'; DROP TABLE act_id_user;--");
    type(addUser, "navn", "Ole Olsen");
    type(addUser, "passord", "Hemmelig-123-passord");
    browser.scriptClick(addUser.findElement(By.cssSelector("button[type='submit']")));
    assertThat(errorOf(addUser)).startsWith("Brukernavn må være 2–64 tegn");
    assertThat(before.differences(counts())).as("SQL in a user name").isEmpty();
  }

  @Test
  void vurderSoknadShowsTheServersRefusalToApproveWithoutAPhoto() {
    Http.Response created = as("kari", demoPassord).postJson("/api/v1/kommuner/0301/grupper/0301-avdeling-2/saker",
        Map.of("fnr", "15838500002", "telefonnummer", "91234567", "antallLedsagere", 1, "referansenummer", "UTEN-BILDE"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String saksId = created.json().get("saksId").asText();
    Task task = await().atMost(Duration.ofSeconds(90)).until(() -> taskService.createTaskQuery()
        .processInstanceBusinessKey(saksId).taskDefinitionKey("Task_AssessApplication").singleResult(), t -> t != null);

    browser.logInToTasklist(port, "kari", demoPassord);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.lb-ny-soknad")));
    browser.driver().get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task.getId());
    browser.scriptClick(wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Skjema']"))));
    browser.scriptClick(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'task-details')]//*[normalize-space(text())='Ta oppgaven']"))));
    await().atMost(Duration.ofSeconds(30)).until(() -> "kari".equals(taskService.createTaskQuery()
        .taskId(task.getId()).singleResult().getAssignee()));
    WebElement innvilget = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//label[contains(normalize-space(.), 'Innvilget')]")));
    innvilget.click();

    TableRowCounts before = counts();
    browser.scriptClick(wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//button[normalize-space(.)='Fullfør']"))));

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
        "Last opp bilde av søkeren før søknaden innvilges"));
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("still open").isEqualTo(1);
    assertThat(before.differences(counts())).as("a refused approval").isEmpty();
  }

  private TableRowCounts counts() {
    return TableRowCounts.of(dataSource, BadInputCatalogueIT.BACKGROUND_TABLES);
  }

  private static Path pdfRenamedToJpg() throws IOException {
    Path file = Files.createTempFile("skannet-vedtak", ".jpg");
    Files.write(file, BadInputFixture.pdf());
    return file;
  }

  private void type(WebElement form, String name, String text) {
    WebElement input = form.findElement(By.name(name));
    input.clear();
    input.sendKeys(text);
  }

  private String errorOf(WebElement form) {
    WebElement error = form.findElement(By.cssSelector(".ledsagerbevis-feil"));
    wait.until(driver -> !error.getText().isBlank());
    String text = error.getText();
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].textContent = '';", error);
    return text;
  }
}
