package no.ledsagerbevis.configuration;

import static no.ledsagerbevis.configuration.ConfigurationProcess.FIKS_ORG_ID;
import static no.ledsagerbevis.configuration.ConfigurationProcess.GODTAR_OPPRETTELSE;
import static no.ledsagerbevis.configuration.ConfigurationProcess.KOMMUNENAVN;
import static no.ledsagerbevis.configuration.ConfigurationProcess.KOMMUNENUMMER;
import static no.ledsagerbevis.configuration.ConfigurationProcess.KONTAKTPERSONER;
import static no.ledsagerbevis.configuration.ConfigurationProcess.ORGANISASJONSNUMMER;
import static no.ledsagerbevis.configuration.ConfigurationProcess.POSTADRESSENAVN;
import static no.ledsagerbevis.configuration.ConfigurationProcess.POSTNUMMER;
import static no.ledsagerbevis.configuration.ConfigurationProcess.POSTSTED;
import static no.ledsagerbevis.configuration.ConfigurationProcess.PROCESS_KEY;
import static no.ledsagerbevis.configuration.ConfigurationProcess.SPRAAK;
import static no.ledsagerbevis.configuration.ConfigurationProcess.SVARUT_KONTO_ID;
import static no.ledsagerbevis.configuration.ConfigurationProcess.TELEFON;
import static no.ledsagerbevis.configuration.ConfigurationProcess.UTSENDING_BREV;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Runs {@code ledsagerbevis-configuration} from start to end through the engine's API, the way an
 * administrator in Tasklist would, for tests whose subject is what comes after (the settings API).
 * With the job executor off, async steps are executed here.
 */
final class ConfigurationRun {

  private final ProcessEngine engine;

  ConfigurationRun(ProcessEngine engine) {
    this.engine = engine;
  }

  void configure(String kommunenummer, String fiksOrgId, String svarUtKontoId) {
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY,
        Map.of(KOMMUNENUMMER, kommunenummer, KOMMUNENAVN, "Kommune " + kommunenummer, FIKS_ORG_ID, fiksOrgId,
            ORGANISASJONSNUMMER, "9" + kommunenummer + "0000"));
    runJobs(instance);
    complete(instance, Map.of(SVARUT_KONTO_ID, svarUtKontoId, POSTADRESSENAVN, "Postboks 1",
        POSTNUMMER, "0101", POSTSTED, "Oslo", TELEFON, "21800000", GODTAR_OPPRETTELSE, true));
    runJobs(instance);
    complete(instance, Map.of(KONTAKTPERSONER, "drift@kommune.example.no", UTSENDING_BREV, "SENDE_BREV",
        SPRAAK, "BOKMAAL"));
  }

  private void runJobs(ProcessInstance instance) {
    Job job;
    while ((job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .singleResult()) != null) {
      engine.getManagementService().executeJob(job.getId());
    }
  }

  private void complete(ProcessInstance instance, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    engine.getTaskService().complete(task.getId(), variables);
  }
}
