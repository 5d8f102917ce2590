package no.ledsagerbevis.configuration;

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
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("ledsagerbevis-configuration",
        Map.of("kommunenummer", kommunenummer, "kommunenavn", "Kommune " + kommunenummer, "fiksOrgId", fiksOrgId,
            "organisasjonsnummer", "9" + kommunenummer + "0000"));
    runJobs(instance);
    complete(instance, Map.of("svarUtKontoId", svarUtKontoId, "postadressenavn", "Postboks 1",
        "postnummer", "0101", "poststed", "Oslo", "telefon", "21800000", "godtarOpprettelse", true));
    runJobs(instance);
    complete(instance, Map.of("kontaktpersoner", "drift@kommune.example.no", "utsendingBrev", "SENDE_BREV",
        "spraak", "BOKMAAL"));
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
