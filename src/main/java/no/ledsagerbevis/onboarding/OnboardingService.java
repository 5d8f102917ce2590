package no.ledsagerbevis.onboarding;

import java.util.Map;
import no.ledsagerbevis.access.MunicipalityAccess;
import no.ledsagerbevis.errors.ConflictException;
import no.ledsagerbevis.errors.InvalidInputException;
import no.ledsagerbevis.fiks.FiksClientException;
import no.ledsagerbevis.fiks.forvaltning.ForvaltningClient;
import no.ledsagerbevis.fiks.forvaltning.Organisasjon;
import no.ledsagerbevis.identity.AsSystem;
import no.ledsagerbevis.kommune.Kommune;
import no.ledsagerbevis.kommune.Kommuneregister;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Starts the onboarding of a municipality. Whether started through our API or from Tasklist, the
 * process's start listener calls {@link #prepare(DelegateExecution)}, which checks the municipality,
 * finds it in Fiks forvaltning and creates its tenant and administrator group.
 */
@Service
public class OnboardingService {

  public static final String PROCESS_KEY = OnboardingProcess.PROCESS_KEY;
  static final String FELT = OnboardingProcess.KOMMUNENUMMER;

  private final Kommuneregister kommuneregister;
  private final MunicipalityRegistry registry;
  private final ForvaltningClient forvaltning;
  private final MunicipalityAccess access;
  private final RuntimeService runtimeService;
  private final AsSystem asSystem;

  OnboardingService(Kommuneregister kommuneregister, MunicipalityRegistry registry, ForvaltningClient forvaltning,
      MunicipalityAccess access, RuntimeService runtimeService, AsSystem asSystem) {
    this.kommuneregister = kommuneregister;
    this.registry = registry;
    this.forvaltning = forvaltning;
    this.access = access;
    this.runtimeService = runtimeService;
    this.asSystem = asSystem;
  }

  /** Starts the process for a municipality whose number the caller has validated; 409 when refused. */
  public StartedOnboarding start(String input) {
    Kommune kommune = kommuneregister.hent(FELT, input);
    String kommunenummer = kommune.kommunenummer();
    requireNoOnboarding(kommune, null);
    ProcessInstance instance;
    try {
      instance = asSystem.call(() -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, kommunenummer,
          Map.of(FELT, kommunenummer)));
    } catch (OnboardingRefusedException e) {
      throw e.reason();
    }
    OnboardingStatus status = registry.find(kommunenummer).map(Municipality::status).orElseThrow();
    return new StartedOnboarding(kommunenummer, instance.getId(), status);
  }

  /** Runs inside the new process instance, before its first wait state. */
  void prepare(DelegateExecution execution) {
    Object value = execution.getVariable(FELT);
    Kommune kommune = kommuneregister.hent(FELT, value instanceof String s ? s : null);
    String kommunenummer = kommune.kommunenummer();
    requireNoOnboarding(kommune, execution.getProcessInstanceId());
    Organisasjon organisasjon = organisasjon(kommune);
    access.ensureTenantAndAdministratorGroup(kommunenummer, kommune.navn());
    registry.startOnboarding(kommunenummer, kommune.navn(), organisasjon.fiksOrgId(),
        organisasjon.organisasjonsnummer(), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(kommunenummer);
    execution.setVariable(FELT, kommunenummer);
    execution.setVariable(OnboardingProcess.KOMMUNENAVN, kommune.navn());
    execution.setVariable(OnboardingProcess.FIKS_ORG_ID, organisasjon.fiksOrgId());
    execution.setVariable(OnboardingProcess.ORGANISASJONSNUMMER, organisasjon.organisasjonsnummer());
  }

  private void requireNoOnboarding(Kommune kommune, String currentInstanceId) {
    String kommunenummer = kommune.kommunenummer();
    if (registry.find(kommunenummer).filter(m -> m.status() == OnboardingStatus.AKTIV).isPresent()) {
      throw new ConflictException("Digitalt ledsagerbevis er allerede tatt i bruk i " + kommune.navn()
          + ". Innstillingene kan endres under PUT /api/v1/kommuner/" + kommunenummer + ".");
    }
    boolean running = asSystem.call(() -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(kommunenummer).list().stream()
        .anyMatch(instance -> !instance.getId().equals(currentInstanceId)));
    if (running) {
      throw new ConflictException("Onboarding av " + kommune.navn() + " pågår allerede. Fullfør oppgavene i Tasklist.");
    }
  }

  private Organisasjon organisasjon(Kommune kommune) {
    try {
      return forvaltning.hentOrganisasjon(kommune.kommunenummer());
    } catch (FiksClientException e) {
      if (e.status() == 404) {
        throw new InvalidInputException(FELT, kommune.navn() + " (" + kommune.kommunenummer()
            + ") er ikke registrert i Fiks forvaltning. Kommunen må være kunde på Fiks-plattformen.");
      }
      throw e;
    }
  }

  /** What {@code POST /onboarding} answers. */
  public record StartedOnboarding(String kommunenummer, String prosessInstansId, OnboardingStatus status) {
  }
}
