package no.ledsagerbevis.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import no.ledsagerbevis.support.Browser;
import no.ledsagerbevis.support.PostgresIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser that asks for English meets Tasklist, Cockpit and Admin in Norwegian, never sees the "migrate to
 * Camunda 8" banner, and can choose English in the user menu.
 */
class NorwegianWebappsBrowserIT extends PostgresIntegrationTest {

  /** The README shows this screenshot; the test refreshes it. */
  private static final Path README_SCREENSHOT = Path.of("docs", "images", "tasklist-nb.png");

  private Browser browser;
  private WebDriverWait wait;

  @BeforeEach
  void startBrowser() {
    browser = Browser.start(1400, 900);
    wait = browser.waitUpTo(Duration.ofSeconds(60));
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void tasklistSpeaksNorwegianToABrowserAskingForEnglish() throws IOException {
    assertThat(browserLanguages()).first().asString().startsWith("en");

    browser.driver().get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    WebElement username = wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
    wait.until(ExpectedConditions.attributeToBe(username, "placeholder", "Brukernavn"));
    assertThat(browser.driver().findElement(By.cssSelector("input[type='password']")).getAttribute("placeholder"))
        .isEqualTo("Passord");
    assertThat(browser.driver().findElement(By.cssSelector("button[type='submit']")).getText()).isEqualTo("Logg inn");

    browser.logInToTasklist(port, "admin", "admin");
    waitForText("Start prosess");
    waitForText("Ingen filtre tilgjengelig.");
    assertThat(browser.pageText()).contains("Opprett oppgave", "Tastatursnarveier", "Velg en oppgave i listen.")
        .doesNotContain("Start process", "Create task", "No filter available", "Select a task in the list");
    assertNoBanner();

    assertThat(asAdmin().postJson("/api/v1/kommuner/0301/onboarding", "").status()).isEqualTo(201);
    browser.driver().navigate().refresh();
    WebElement task = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//*[contains(@class,'tasks-list')]//li[contains(normalize-space(.), 'Opprett egen SvarUt-konto')]")));
    assertThat(task.getText()).as("relative dates in Norwegian").contains("Opprettet", "siden");

    browser.scriptClick(task.findElement(By.tagName("a")));
    waitForText("Ta oppgaven");
    assertThat(browser.pageText()).contains("Skjema", "Historikk", "Diagram", "Legg til grupper")
        .doesNotContain("Claim", "Add groups", "History");
    assertNoBanner();
    saveReadmeScreenshot();
  }

  @Test
  void cockpitAndAdminSpeakNorwegianWithoutTheBanner() {
    browser.logIn(port, "cockpit", "admin", "admin");
    waitForText("Kjørende prosessinstanser");
    assertThat(browser.pageText()).contains("Prosesser", "Åpne hendelser", "Åpne brukeroppgaver", "Utrullinger")
        .doesNotContain("Running Process Instances", "Open Incidents", "Deployments");
    assertNoBanner();

    browser.driver().get("http://localhost:" + port + "/camunda/app/cockpit/default/#/processes");
    waitForText("prosessdefinisjoner utrullet");
    assertThat(browser.pageText()).contains("Nøkkel", "Navn", "Kjørende instanser")
        .doesNotContain("PLUGIN_", "Running Instances");

    browser.driver().get("http://localhost:" + port + "/camunda/app/admin/default/");
    waitForText("Opprett ny bruker");
    assertThat(browser.pageText()).contains("Brukere", "Grupper", "Leietakere", "Tilganger", "Systeminnstillinger")
        .doesNotContain("Users", "Groups", "Authorizations");
    assertNoBanner();
  }

  @Test
  void englishChosenInTheUserMenuHoldsInEveryAppUntilNorwegianIsChosenAgain() {
    browser.logInToTasklist(port, "admin", "admin");
    waitForText("Start prosess");

    chooseInUserMenu("English");
    waitForText("Start process");
    assertThat(browser.pageText()).contains("Create task").doesNotContain("Start prosess", "Opprett oppgave");
    assertNoBanner();

    browser.driver().get("http://localhost:" + port + "/camunda/app/cockpit/default/");
    waitForText("Running Process Instances");
    assertNoBanner();

    chooseInUserMenu("Norsk");
    waitForText("Kjørende prosessinstanser");
    browser.driver().get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    waitForText("Start prosess");
  }

  private void chooseInUserMenu(String language) {
    browser.scriptClick(wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("li.account.dropdown > a.dropdown-toggle"))));
    WebElement choice = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//li[contains(@class,'account')]//a[normalize-space(.)='" + language + "']")));
    choice.click();
  }

  /** The banner's element is still rendered by Camunda (it cannot be configured away), but it must never show. */
  private void assertNoBanner() {
    List<WebElement> banners = browser.driver().findElements(By.cssSelector(".ce-eol-banner"));
    assertThat(banners).isNotEmpty().noneMatch(WebElement::isDisplayed);
    assertThat(browser.pageText()).doesNotContain("Camunda 8");
  }

  private void waitForText(String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
  }

  @SuppressWarnings("unchecked")
  private List<String> browserLanguages() {
    return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("return navigator.languages;");
  }

  private void saveReadmeScreenshot() throws IOException {
    Path screenshot = browser.saveScreenshot(getClass(), "tasklist-nb");
    assertThat(screenshot).as("screenshot of the Norwegian Tasklist").isNotNull();
    Files.createDirectories(README_SCREENSHOT.getParent());
    Files.copy(screenshot, README_SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
  }
}
