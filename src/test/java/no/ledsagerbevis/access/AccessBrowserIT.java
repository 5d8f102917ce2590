package no.ledsagerbevis.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.ledsagerbevis.support.Browser;
import no.ledsagerbevis.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.ActiveProfiles;

/**
 * The access journeys in the real Tasklist (headless Chromium, demo profile): Pål switches department with
 * «Bytt avdeling», and the service administrator manages «Brukergrupper». Saves the README's screenshots.
 */
@ActiveProfiles("demo")
class AccessBrowserIT extends PostgresIntegrationTest {

  private static final String AVDELING_1 = "0301-avdeling-1";
  private static final String AVDELING_2 = "0301-avdeling-2";

  @Autowired
  TaskService taskService;
  @Value("${ledsagerbevis.access.demo.passord}")
  String demoPassord;

  private Browser browser;
  private WebDriverWait wait;

  @BeforeEach
  void startBrowser() {
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
  void paalSwitchesFromAvdeling1ToAvdeling2AndSeesAvdeling2sTasks() {
    Set<String> avdeling1 = awaitDemoTasks(AVDELING_1);
    Set<String> avdeling2 = awaitDemoTasks(AVDELING_2);

    browser.logInToTasklist(port, "paal", demoPassord);
    WebElement switcher = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("select[aria-label='Bytt avdeling']")));
    assertThat(new Select(switcher).getFirstSelectedOption().getText()).isEqualTo("Avdeling 1");
    assertThat(browser.pageText()).contains("Bytt avdeling");
    wait.until(driver -> shownTaskIds().containsAll(avdeling1));
    assertThat(shownTaskIds()).doesNotContainAnyElementsOf(avdeling2);

    new Select(switcher).selectByVisibleText("Avdeling 2");

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-filters"), "Avdeling 2 – oppgaver"));
    wait.until(driver -> shownTaskIds().containsAll(avdeling2));
    assertThat(shownTaskIds()).doesNotContainAnyElementsOf(avdeling1);
    assertThat(new Select(browser.driver().findElement(By.cssSelector("select[aria-label='Bytt avdeling']")))
        .getFirstSelectedOption().getText()).isEqualTo("Avdeling 2");
    assertThat(browser.driver().findElement(By.cssSelector(".task-filters")).getText()).doesNotContain("Avdeling 1");
    browser.saveDocumentationImage("bytt-avdeling");
  }

  @Test
  void inaInOneGroupSeesHerDepartmentWithoutASwitcher() {
    browser.logInToTasklist(port, "ina", demoPassord);
    WebElement department = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".ledsagerbevis-aktiv-avdeling")));
    assertThat(department.getText()).isEqualTo("Avdeling 1");
    assertThat(browser.driver().findElements(By.cssSelector("select[aria-label='Bytt avdeling']"))).isEmpty();
    assertThat(browser.driver().findElements(By.linkText("Brukergrupper"))).isEmpty();
  }

  @Test
  void theServiceAdministratorManagesGroupsAndUsersWithNorwegianErrors() {
    browser.logInToTasklist(port, "tjenesteadmin", demoPassord);
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Brukergrupper"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Brukergrupper – Oslo kommune"));
    assertThat(pageContent()).contains("Opprett minst én brukergruppe før du legger til brukere",
        "En bruker kan være med i flere grupper", "«Fjern fra tjenesten»");

    WebElement newGroup = browser.driver().findElement(By.cssSelector("form.ledsagerbevis-ny-gruppe"));
    submit(newGroup, "Avdeling 1");
    assertThat(errorOf(newGroup)).isEqualTo("Kommunen har allerede en brukergruppe som heter «Avdeling 1».");
    submit(newGroup, "x");
    assertThat(errorOf(newGroup)).isEqualTo("Gruppenavn må ha 2–200 tegn.");
    submit(browser.driver().findElement(By.cssSelector("form.ledsagerbevis-ny-gruppe")), "Avdeling 3");
    WebElement avdeling3 = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("article[data-gruppe-id='0301-avdeling-3']")));
    assertThat(browser.driver().findElement(By.cssSelector(".ledsagerbevis-status")).getText())
        .isEqualTo("Gruppen «Avdeling 3» er opprettet.");
    assertThat(avdeling3.getText()).contains("Ingen brukere i gruppen ennå.");

    WebElement addUser = avdeling3.findElement(By.cssSelector("form.ledsagerbevis-legg-til-bruker"));
    type(addUser, "brukernavn", "nora");
    type(addUser, "navn", "Nora Nilsen");
    type(addUser, "passord", "kort");
    browser.scriptClick(addUser.findElement(By.cssSelector("button[type='submit']")));
    assertThat(errorOf(addUser)).startsWith("Passordet").contains("minst");
    assertThat(addUser.findElement(By.name("passord")).getAttribute("aria-invalid")).isEqualTo("true");
    type(addUser, "passord", "Sikker-hemmelighet-2026");
    browser.scriptClick(addUser.findElement(By.cssSelector("button[type='submit']")));
    avdeling3 = awaitMember("0301-avdeling-3", "nora");

    addUser = avdeling3.findElement(By.cssSelector("form.ledsagerbevis-legg-til-bruker"));
    browser.scriptClick(addUser.findElement(By.cssSelector("input[name='type'][value='eksisterende']")));
    new Select(addUser.findElement(By.name("eksisterende"))).selectByValue("paal");
    browser.scriptClick(addUser.findElement(By.cssSelector("button[type='submit']")));
    avdeling3 = awaitMember("0301-avdeling-3", "paal");
    assertThat(avdeling3.getText()).contains("Nora Nilsen", "Pål");
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView(true);", avdeling3);
    browser.saveDocumentationImage("brukergrupper");

    confirm(avdeling3.findElement(By.cssSelector("tr[data-brukernavn='nora']")), "Fjern",
        "Ja, fjern nora fra gruppen");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ledsagerbevis-status"),
        "nora er fjernet fra «Avdeling 3»."));
    WebElement afterRemoval = browser.driver().findElement(By.cssSelector("article[data-gruppe-id='0301-avdeling-3']"));
    assertThat(afterRemoval.findElements(By.cssSelector("tr[data-brukernavn='nora']"))).isEmpty();
    assertThat(afterRemoval.findElements(By.cssSelector("tr[data-brukernavn='paal']"))).hasSize(1);
    // Nora had no other group: her login is gone with the membership.
    assertThat(as("nora", "Sikker-hemmelighet-2026").get("/api/v1/meg").status()).isEqualTo(401);
  }

  @Test
  void theServiceAdministratorRenamesAndDeletesGroupsButNotOneWithOpenCases() {
    awaitDemoTasks(AVDELING_1);
    browser.logInToTasklist(port, "tjenesteadmin", demoPassord);
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Brukergrupper"))).click();
    submit(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.ledsagerbevis-ny-gruppe"))),
        "Midlertidig gruppe");
    WebElement group = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("article[data-gruppe-id='0301-midlertidig-gruppe']")));

    WebElement rename = group.findElement(By.cssSelector("form.ledsagerbevis-nytt-navn"));
    type(rename, "gruppenavn", "Bydel Frogner");
    browser.scriptClick(rename.findElement(By.cssSelector("button[type='submit']")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ledsagerbevis-status"),
        "Gruppen heter nå «Bydel Frogner»."));

    WebElement avdeling1 = browser.driver().findElement(By.cssSelector("article[data-gruppe-id='" + AVDELING_1 + "']"));
    confirm(avdeling1, "Slett gruppe", "Ja, slett «Avdeling 1»");
    wait.until(driver -> avdeling1.findElement(By.cssSelector(".ledsagerbevis-bekreft .ledsagerbevis-feil"))
        .getText().contains("åpne saker og kan ikke slettes"));
    assertThat(browser.driver().findElement(By.cssSelector(".ledsagerbevis-status")).getText())
        .as("the rename's success is not left standing next to the refusal").isEmpty();

    confirm(browser.driver().findElement(By.cssSelector("article[data-gruppe-id='0301-midlertidig-gruppe']")),
        "Slett gruppe", "Ja, slett «Bydel Frogner»");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ledsagerbevis-status"),
        "Gruppen «Bydel Frogner» er slettet."));
    assertThat(browser.driver().findElements(By.cssSelector("article[data-gruppe-id='0301-midlertidig-gruppe']")))
        .isEmpty();
    assertThat(browser.driver().findElements(By.cssSelector("article[data-gruppe-id='" + AVDELING_1 + "']")))
        .hasSize(1);
  }

  private void confirm(WebElement container, String button, String confirmation) {
    browser.scriptClick(container.findElement(By.xpath(".//button[normalize-space(.)='" + button + "']")));
    browser.scriptClick(wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//button[normalize-space(.)='" + confirmation + "']"))));
  }

  /** All text of our page, also the part below the fold of its scrolling area. */
  private String pageContent() {
    return (String) ((JavascriptExecutor) browser.driver())
        .executeScript("return document.querySelector('.ledsagerbevis-side').textContent;");
  }

  private Set<String> awaitDemoTasks(String gruppeId) {
    return await().atMost(Duration.ofSeconds(120)).until(() -> taskService.createTaskQuery()
        .taskCandidateGroup(gruppeId).list().stream().map(Task::getId).collect(Collectors.toSet()), ids -> ids.size() >= 2);
  }

  /** The ids of the tasks Tasklist lists (its task links carry {@code task=<id>}). */
  private Set<String> shownTaskIds() {
    List<WebElement> links = browser.driver().findElements(By.cssSelector(".tasks-list li a[href*='task=']"));
    return links.stream().map(a -> a.getAttribute("href").replaceAll(".*task=([^&]+).*", "$1"))
        .collect(Collectors.toSet());
  }

  private void submit(WebElement form, String gruppenavn) {
    type(form, "gruppenavn", gruppenavn);
    browser.scriptClick(form.findElement(By.cssSelector("button[type='submit']")));
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

  private WebElement awaitMember(String gruppeId, String brukernavn) {
    By row = By.cssSelector("article[data-gruppe-id='" + gruppeId + "'] tr[data-brukernavn='" + brukernavn + "']");
    try {
      return wait.until(ExpectedConditions.visibilityOfElementLocated(row)).findElement(By.xpath("ancestor::article"));
    } catch (TimeoutException e) {
      throw new AssertionError(brukernavn + " did not appear in " + gruppeId + "; errors on the page: "
          + browser.driver().findElements(By.cssSelector(".ledsagerbevis-feil")).stream().map(WebElement::getText)
          .filter(t -> !t.isBlank()).toList(), e);
    }
  }
}
