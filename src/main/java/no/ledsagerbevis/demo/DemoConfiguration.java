package no.ledsagerbevis.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import no.ledsagerbevis.configuration.ConfigurationProcess;
import no.ledsagerbevis.fiks.forvaltning.ForvaltningClient;
import no.ledsagerbevis.fiks.forvaltning.Organisasjon;
import no.ledsagerbevis.fiks.forvaltning.SvarUtKonto;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Runs {@code ledsagerbevis-configuration} for a municipality through its public contract,
 * completing its two user tasks as its administrator would, with letters sent by us (SENDE_BREV) in
 * bokmål. For demo data and integration tests, with the job executor running the service tasks.
 */
public final class DemoConfiguration {

  public static final String POSTADRESSENAVN = "Postboks 6400 Etterstad";
  public static final String POSTNUMMER = "0603";
  public static final String TELEFON = "21802180";
  private static final Duration WAIT = Duration.ofMinutes(3);

  private final ForvaltningClient forvaltning;
  private final RuntimeService runtimeService;
  private final TaskService taskService;

  public DemoConfiguration(ForvaltningClient forvaltning, RuntimeService runtimeService, TaskService taskService) {
    this.forvaltning = forvaltning;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
  }

  /** @return the SvarUt account chosen: the municipality's last active one */
  public String configure(String kommunenummer, String poststed) {
    Organisasjon organisasjon = forvaltning.hentOrganisasjon(kommunenummer);
    List<SvarUtKonto> kontoer = forvaltning.svarUtKontoer(organisasjon.fiksOrgId());
    String konto = kontoer.get(kontoer.size() - 1).kontoId();
    // Business key kommunenummer, as when the onboarding's call activity starts it, so Cockpit shows whose it is.
    String instanceId = runtimeService.startProcessInstanceByKey(ConfigurationProcess.PROCESS_KEY, kommunenummer, Map.of(
        ConfigurationProcess.KOMMUNENUMMER, kommunenummer, ConfigurationProcess.KOMMUNENAVN, organisasjon.navn(),
        ConfigurationProcess.FIKS_ORG_ID, organisasjon.fiksOrgId(),
        ConfigurationProcess.ORGANISASJONSNUMMER, organisasjon.organisasjonsnummer())).getId();
    complete(instanceId, ConfigurationProcess.TASK_CONFIGURE_SERVICE, Map.of(ConfigurationProcess.SVARUT_KONTO_ID, konto,
        ConfigurationProcess.POSTADRESSENAVN, POSTADRESSENAVN, ConfigurationProcess.POSTNUMMER, POSTNUMMER,
        ConfigurationProcess.POSTSTED, poststed, ConfigurationProcess.TELEFON, TELEFON,
        ConfigurationProcess.GODTAR_OPPRETTELSE, true));
    complete(instanceId, ConfigurationProcess.TASK_ENTER_SETTINGS, Map.of(
        ConfigurationProcess.KONTAKTPERSONER, "ledsagerbevis@kommune.example.no",
        ConfigurationProcess.UTSENDING_BREV, "SENDE_BREV", ConfigurationProcess.SPRAAK, "BOKMAAL"));
    return konto;
  }

  private void complete(String instanceId, String taskDefinitionKey, Map<String, Object> variables) {
    waitFor(() -> task(instanceId, taskDefinitionKey) != null);
    taskService.complete(task(instanceId, taskDefinitionKey).getId(), variables);
  }

  private Task task(String instanceId, String taskDefinitionKey) {
    return taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(taskDefinitionKey)
        .singleResult();
  }

  static void waitFor(BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(WAIT);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("Timed out waiting for the configuration process");
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted", e);
      }
    }
  }
}
