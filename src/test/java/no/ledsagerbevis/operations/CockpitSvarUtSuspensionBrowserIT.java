package no.ledsagerbevis.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import no.ledsagerbevis.agreement.AgreementSigningProcess;
import no.ledsagerbevis.caseletter.ProcessVariables;
import no.ledsagerbevis.support.Browser;
import no.ledsagerbevis.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An operator on PostgreSQL follows docs/operations.md: health shows the database, Fiks and the job executor;
 * in Cockpit, «Suspend» and then «Activate» on the job definitions whose activity names say SvarUt.
 */
class CockpitSvarUtSuspensionBrowserIT extends PostgresIntegrationTest {

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  ManagementService managementService;

  private Browser browser;

  @BeforeEach
  void startBrowser() {
    browser = Browser.start(1600, 1200);
  }

  @AfterEach
  void stopBrowser() {
    browser.close();
  }

  @Test
  void healthOnPostgresShowsTheDatabaseFiksAndTheJobExecutor() {
    JsonNode components = asAdmin().get("/actuator/health").json().get("components");
    assertThat(components.at("/db/details/database").asText()).isEqualTo("PostgreSQL");
    assertThat(components.at("/jobExecutor/status").asText()).isEqualTo("UP");
    assertThat(components.at("/fiks/components").fieldNames()).toIterable()
        .containsExactlyInAnyOrder("svarut", "folkeregister", "dokumentlager", "varsling", "forvaltning");
    assertThat(http().get("/actuator/health/readiness").json().get("status").asText()).isEqualTo("UP");
  }

  @Test
  void anOperatorSuspendsAndResumesTheSvarUtSendsInCockpit() {
    logInToCockpit();
    String letter = ProcessVariables.PROCESS_KEY;
    String agreement = AgreementSigningProcess.PROCESS_KEY;

    toggle(letter, "Send vedtaksbrev med SvarUt", "Suspender jobbdefinisjonen");
    toggle(letter, "Vent før neste statussjekk", "Suspender jobbdefinisjonen");
    toggle(agreement, "Send kopi til kommunen gjennom SvarUt", "Suspender jobbdefinisjonen");
    assertThat(jobDefinition(letter, ProcessVariables.TASK_SEND_DECISION_LETTER).isSuspended()).isTrue();
    assertThat(jobDefinition(letter, ProcessVariables.EVENT_WAIT_FOR_DELIVERY_STATUS).isSuspended()).isTrue();
    assertThat(jobDefinition(agreement, AgreementSigningProcess.TASK_SEND_AGREEMENT_COPY).isSuspended()).isTrue();
    assertThat(jobDefinition(letter, ProcessVariables.TASK_LOOKUP_PERSON).isSuspended())
        .as("only the SvarUt steps are paused").isFalse();

    toggle(letter, "Send vedtaksbrev med SvarUt", "Aktiver jobbdefinisjonen");
    toggle(letter, "Vent før neste statussjekk", "Aktiver jobbdefinisjonen");
    toggle(agreement, "Send kopi til kommunen gjennom SvarUt", "Aktiver jobbdefinisjonen");
    assertThat(jobDefinition(letter, ProcessVariables.TASK_SEND_DECISION_LETTER).isSuspended()).isFalse();
    assertThat(jobDefinition(letter, ProcessVariables.EVENT_WAIT_FOR_DELIVERY_STATUS).isSuspended()).isFalse();
    assertThat(jobDefinition(agreement, AgreementSigningProcess.TASK_SEND_AGREEMENT_COPY).isSuspended()).isFalse();
  }

  private void logInToCockpit() {
    browser.driver().get("http://localhost:" + port + "/camunda/app/cockpit/default/");
    browser.waitUpTo(Duration.ofSeconds(60))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
        .sendKeys("admin");
    browser.driver().findElement(By.cssSelector("input[type='password']")).sendKeys("admin");
    browser.driver().findElement(By.cssSelector("button[type='submit']")).click();
    browser.waitUpTo(Duration.ofSeconds(60)).until(ExpectedConditions.urlContains("#/dashboard"));
  }

  /** In Norwegian Cockpit: Prosesser → the definition → Jobbdefinisjoner → the row's button → Suspender/Aktiver → OK. */
  private void toggle(String processKey, String activityName, String action) {
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult().getId();
    browser.driver().get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-definition/"
        + definitionId + "/runtime?detailsTab=job-definition-table");
    By row = By.xpath("//tr[td[contains(@class,'activity')][normalize-space(.)='" + activityName + "']]");
    WebElement button = browser.waitUpTo(Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(row))
        .findElement(By.cssSelector("td.action a[uib-tooltip='" + action + "']"));
    browser.scriptClick(button);
    WebElement submit = browser.waitUpTo(Duration.ofSeconds(30))
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".modal-footer button[type='submit']")));
    assertThat(browser.driver().findElement(By.cssSelector(".modal-body input[type='checkbox']")).isSelected())
        .as("«Ta med eksisterende jobber» is preselected").isTrue();
    submit.click();
    browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector(".modal-footer"), "OK"));
  }

  private JobDefinition jobDefinition(String processKey, String activityId) {
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult().getId();
    return managementService.createJobDefinitionQuery().processDefinitionId(definitionId).activityIdIn(activityId)
        .singleResult();
  }
}
