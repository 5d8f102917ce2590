package no.ledsagerbevis.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/**
 * What a user who is not an operator ({@code camunda-admin}) may not do through the engine's REST API
 * (engine-rest and the webapps' engine API alike): create, change or delete variables, start or move
 * a process anywhere but at its start, correlate messages or signals (they carry variables), create or
 * hand over tasks, and complete a task with anything but the fields of its own form. Paths are relative
 * to the engine ({@code /task/{id}/complete}); reads ({@code GET}) and queries are never refused here.
 */
final class EngineWriteRules {

  /** A refused request: the status and the Norwegian title and text of the problem+json answer. */
  record Refusal(HttpStatus status, String tittel, String detalj) {
  }

  private static final String INGEN_TILGANG = "Ingen tilgang";

  private static final Refusal VARIABLES = new Refusal(HttpStatus.FORBIDDEN, INGEN_TILGANG,
      "Variabler kan ikke opprettes, endres eller slettes direkte. Fyll ut skjemaet i oppgaven og fullfør den.");
  private static final Refusal OPERATORS_ONLY = new Refusal(HttpStatus.FORBIDDEN, INGEN_TILGANG,
      "Bare driftsadministratorer kan endre, flytte, starte på nytt eller migrere prosessinstanser, sende meldinger "
          + "og signaler til prosesser, eller opprette, endre og delegere oppgaver.");
  private static final Refusal START_INSTRUCTIONS = new Refusal(HttpStatus.FORBIDDEN, INGEN_TILGANG,
      "En prosess kan bare startes fra begynnelsen: startinstruksjoner (startInstructions) og å hoppe over "
          + "lyttere eller mappinger (skipCustomListeners, skipIoMappings) er forbeholdt driftsadministratorer.");
  private static final Refusal ASSIGN_OTHERS = new Refusal(HttpStatus.FORBIDDEN, INGEN_TILGANG,
      "Du kan bare ta oppgaven selv (claim) eller gi den fra deg (unclaim). Bare driftsadministratorer kan tildele "
          + "en oppgave til en annen bruker.");

  /**
   * Completing a task that is gone or not the caller's (another group's or municipality's): the engine would answer
   * in English, with a 500 for a task that is gone.
   */
  private static final Refusal TASK_GONE = new Refusal(HttpStatus.NOT_FOUND, "Finnes ikke",
      "Oppgaven finnes ikke, eller du har ikke tilgang til den. Den kan allerede være fullført, eller saken kan "
          + "være avsluttet. Oppdater listen over oppgaver.");

  private static final Pattern VARIABLE_WRITE = Pattern.compile(
      "/(process-instance|execution|task|case-instance|case-execution)/[^/]+/(variables|localVariables)(/.*)?");
  private static final List<Pattern> OPERATOR_ONLY_WRITES = patterns(
      "/process-instance/[^/]+/modification(-async)?",
      "/process-instance/(variables-async|delete|delete-historic-query-based|job-retries|"
          + "job-retries-historic-query-based|suspended|set-removal-time|message-async|correlation)(/.*)?",
      "/modification/.*",
      "/migration(/.*)?",
      "/process-definition/.+/restart(-async)?",
      "/(message|signal|condition)(/.*)?",
      "/execution/[^/]+/(signal|messageSubscriptions/.*)",
      "/task/create",
      "/task/[^/]+/(identity-links(/.*)?|delegate|bpmnError|bpmnEscalation|attachment/create)",
      "/external-task/(?!count$).+",
      "/job/[^/]+/.+",
      "/case-(instance|execution|definition)/.+");
  /** {@code PUT /task/{id}} changes the task itself (assignee, owner, due date, parent). */
  private static final Pattern TASK = Pattern.compile("/task/[^/]+");
  /** Claiming for someone else hands her the task, and the engine grants its assignee READ: a look into another group. */
  private static final Pattern ASSIGNEE = Pattern.compile("/task/[^/]+/(assignee|claim)");
  private static final Pattern START = Pattern.compile("/process-definition/.+/(start|submit-form)");
  private static final Pattern COMPLETION = Pattern.compile("/task/([^/]+)/(complete|submit-form|resolve)");
  private static final Set<String> START_OPTIONS = Set.of("startInstructions", "skipCustomListeners", "skipIoMappings");

  private EngineWriteRules() {
  }

  /**
   * @param formFields the top-level variable names the form of a task lets its user submit, or empty when the
   *     task does not exist or the user cannot see it (a completion of it is answered 404)
   */
  static Optional<Refusal> judge(String method, String path, String userId, JsonNode body,
      Function<String, Optional<Set<String>>> formFields) {
    if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
      return Optional.empty();
    }
    if (VARIABLE_WRITE.matcher(path).matches()) {
      return Optional.of(VARIABLES);
    }
    if (OPERATOR_ONLY_WRITES.stream().anyMatch(p -> p.matcher(path).matches())
        || (!"POST".equals(method) && TASK.matcher(path).matches())) {
      return Optional.of(OPERATORS_ONLY);
    }
    if (ASSIGNEE.matcher(path).matches()) {
      JsonNode assignee = body == null ? null : body.get("userId");
      boolean self = assignee == null || assignee.isNull() || assignee.asText().equals(userId);
      return self ? Optional.empty() : Optional.of(ASSIGN_OTHERS);
    }
    if (START.matcher(path).matches() && body != null && START_OPTIONS.stream().anyMatch(body::has)) {
      return Optional.of(START_INSTRUCTIONS);
    }
    Matcher completion = COMPLETION.matcher(path);
    if (completion.matches()) {
      return formFields.apply(completion.group(1)).map(allowed -> notInForm(body, allowed))
          .orElse(Optional.of(TASK_GONE));
    }
    return Optional.empty();
  }

  private static Optional<Refusal> notInForm(JsonNode body, Set<String> allowed) {
    JsonNode variables = body == null ? null : body.get("variables");
    Set<String> unknown = new TreeSet<>();
    if (variables != null && variables.isObject()) {
      variables.fieldNames().forEachRemaining(name -> {
        if (!allowed.contains(name)) {
          unknown.add(name);
        }
      });
    }
    if (unknown.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Refusal(HttpStatus.BAD_REQUEST, "Ugyldig innsending",
        (unknown.size() == 1 ? "Feltet «" + unknown.iterator().next() + "» hører" : "Feltene «"
            + String.join("», «", unknown) + "» hører")
            + " ikke til skjemaet i oppgaven. Bare skjemaets egne felter kan sendes inn"
            + (allowed.isEmpty() ? " (skjemaet har ingen felter)." : ": " + String.join(", ", new TreeSet<>(allowed)) + ".")));
  }

  private static List<Pattern> patterns(String... regexes) {
    return Arrays.stream(regexes).map(Pattern::compile).toList();
  }
}
