package no.ledsagerbevis.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import no.ledsagerbevis.support.Browser;
import no.ledsagerbevis.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** Ina logs in to the real Tasklist in headless Chromium and sees Avdeling 1's tasks, never Avdeling 2's (K16). */
class TasklistBrowserIT extends PostgresIntegrationTest {

  @Autowired
  MunicipalityAccess access;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  RuntimeService runtimeService;

  private Browser browser;

  @BeforeEach
  void startBrowser() {
    browser = Browser.start(1400, 1000);
    AccessFixture.build(asAdmin(), access, repositoryService, runtimeService);
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void inaSeesOnlyAvdeling1TasksInTasklist() {
    browser.logInToTasklist(port, "ina", AccessFixture.PASSORD);
    WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(60));

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tasks-list"), "Sak A1-en"));
    String tasks = browser.driver().findElement(By.cssSelector(".tasks-list")).getText();
    assertThat(tasks).contains("Sak A1-en", "Sak A1-to").doesNotContain("Sak A2", "Bergen");
    String page = browser.pageText();
    assertThat(page).contains("Avdeling 1 – oppgaver").doesNotContain("Avdeling 2", "Sak A2");
  }
}
