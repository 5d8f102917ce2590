package no.ledsagerbevis.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.ledsagerbevis.agreement.AgreementSigningProcess;
import no.ledsagerbevis.caseletter.ProcessVariables;
import no.ledsagerbevis.configuration.ConfigurationProcess;
import no.ledsagerbevis.onboarding.OnboardingProcess;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * Fails when a process owner renames or removes in processes/ or forms/ what the code relies on. The contract
 * is the code's own constants (one class per process): element ids (values {@code Type_Name}), form ids
 * ({@code FORM_*}), error codes ({@code ERROR_*}) and variable names (the rest). Checked both ways: every id
 * of the code exists in the model, and every variable the model reads or a form writes is one the code knows.
 * Delegates and listeners named in the BPMN ({@code ${beanName}}) must be Spring beans of the application.
 */
class ProcessContractTest {

  private static final Pattern ELEMENT_ID = Pattern.compile("(Task|Gateway|CallActivity|SubProcess|StartEvent|EndEvent|BoundaryEvent|Event)_[A-Za-z]+");
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w'])([a-zA-Z_]\\w*)(?!\\w*\\s*\\()");
  private static final Set<String> EXPRESSION_WORDS = Set.of("execution", "task", "true", "false", "null", "empty",
      "not", "and", "or", "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof");
  private static final Set<String> BEANS = applicationBeanNames();

  static Stream<Class<?>> contracts() {
    return Stream.of(OnboardingProcess.class, AgreementSigningProcess.class, ConfigurationProcess.class,
        ProcessVariables.class);
  }

  @ParameterizedTest
  @MethodSource("contracts")
  void everyElementIdOfTheCodeIsInTheBpmn(Class<?> contract) throws IOException {
    Contract c = Contract.of(contract);
    BpmnModelInstance model = model(c.processKey());
    assertThat(c.elementIds()).allSatisfy(id -> assertThat((Object) model.getModelElementById(id))
        .as("%s: element id %s (from %s) is missing in processes/%s.bpmn", contract.getSimpleName(), id,
            contract.getSimpleName(), c.processKey())
        .isNotNull());
  }

  /** The processes whose contract names every step, event and gateway (the decision letter's names those the code uses). */
  static Stream<Class<?>> completeContracts() {
    return Stream.of(OnboardingProcess.class, AgreementSigningProcess.class, ConfigurationProcess.class);
  }

  /** Code and tests never spell an element id of these processes: every flow node has its constant. */
  @ParameterizedTest
  @MethodSource("completeContracts")
  void everyFlowNodeOfTheBpmnIsNamedByTheCode(Class<?> contract) {
    Contract c = Contract.of(contract);
    Set<String> unnamed = new TreeSet<>();
    model(c.processKey()).getModelElementsByType(FlowNode.class).forEach(node -> unnamed.add(node.getId()));
    unnamed.removeAll(c.elementIds());
    assertThat(unnamed).as("element ids in processes/%s.bpmn that %s does not name", c.processKey(),
        contract.getSimpleName()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("contracts")
  void everyFormOfTheCodeExistsAndTheBpmnUsesIt(Class<?> contract) throws IOException {
    Contract c = Contract.of(contract);
    String bpmn = Files.readString(bpmnFile(c.processKey()));
    Map<String, JsonNode> forms = forms();
    for (String formId : c.formIds()) {
      assertThat(forms).as("forms/ has no form with id %s (%s)", formId, contract.getSimpleName()).containsKey(formId);
      assertThat(bpmn).as("processes/%s.bpmn does not reference form %s", c.processKey(), formId)
          .contains("camunda:formRef=\"" + formId + "\"");
    }
  }

  @ParameterizedTest
  @MethodSource("contracts")
  void everyErrorCodeOfTheCodeIsDefinedInTheBpmn(Class<?> contract) throws IOException {
    Contract c = Contract.of(contract);
    Set<String> codes = new HashSet<>();
    model(c.processKey()).getModelElementsByType(Error.class).forEach(error -> codes.add(error.getErrorCode()));
    assertThat(codes).as("error codes in processes/%s.bpmn", c.processKey()).containsAll(c.errorCodes());
  }

  @ParameterizedTest
  @MethodSource("contracts")
  void everyVariableTheModelReadsIsOneTheCodeKnows(Class<?> contract) throws IOException {
    Contract c = Contract.of(contract);
    Set<String> unknown = new TreeSet<>(expressionVariables(Files.readString(bpmnFile(c.processKey()))));
    unknown.removeAll(c.variables());
    unknown.removeAll(BEANS);
    unknown.removeAll(EXPRESSION_WORDS);
    assertThat(unknown).as("variables read in processes/%s.bpmn that %s does not name", c.processKey(),
        contract.getSimpleName()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("contracts")
  void everyFieldOfTheProcessFormsIsAVariableTheCodeKnows(Class<?> contract) throws IOException {
    Contract c = Contract.of(contract);
    Map<String, JsonNode> forms = forms();
    for (String formId : c.formIds()) {
      Set<String> unknown = new TreeSet<>(formKeys(forms.get(formId)));
      unknown.removeAll(c.variables());
      assertThat(unknown).as("fields of forms/%s that %s does not name", formId, contract.getSimpleName()).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("contracts")
  void everyDelegateAndListenerInTheBpmnIsABeanOfTheApplication(Class<?> contract) throws IOException {
    Contract c = Contract.of(contract);
    Matcher delegates = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"").matcher(Files.readString(bpmnFile(c.processKey())));
    while (delegates.find()) {
      assertThat(BEANS).as("processes/%s.bpmn names bean %s", c.processKey(), delegates.group(1)).contains(delegates.group(1));
    }
  }

  /** An operator suspends "all SvarUt sends" in Cockpit by the activity names it shows (docs/operations.md). */
  @Test
  void theStepsThatTalkToSvarUtSaySoInCockpit() {
    assertThat(name(ProcessVariables.PROCESS_KEY, ProcessVariables.TASK_SEND_DECISION_LETTER)).contains("SvarUt");
    assertThat(name(ProcessVariables.PROCESS_KEY, ProcessVariables.TASK_TRACK_DELIVERY)).contains("SvarUt");
    assertThat(name(AgreementSigningProcess.PROCESS_KEY, AgreementSigningProcess.TASK_SEND_AGREEMENT_COPY)).contains("SvarUt");
  }

  private static String name(String processKey, String elementId) {
    FlowElement element = model(processKey).getModelElementById(elementId);
    return element.getName();
  }

  /** The variable check sees a renamed gateway variable (so that a green run means something). */
  @Test
  void aRenamedGatewayVariableIsUnknownToTheCode() throws IOException {
    String bpmn = Files.readString(bpmnFile(ProcessVariables.PROCESS_KEY))
        .replace("${vedtak == 'INNVILGET'}", "${beslutning == 'INNVILGET'}");
    assertThat(expressionVariables(bpmn)).contains("beslutning");
    assertThat(Contract.of(ProcessVariables.class).variables()).doesNotContain("beslutning");
  }

  private static Set<String> expressionVariables(String bpmn) {
    Set<String> names = new HashSet<>();
    Matcher expressions = EXPRESSION.matcher(bpmn);
    while (expressions.find()) {
      String withoutStrings = expressions.group(1).replaceAll("'[^']*'", "''");
      Matcher identifiers = IDENTIFIER.matcher(withoutStrings);
      while (identifiers.find()) {
        names.add(identifiers.group(1));
      }
    }
    // In- and output mappings of call activities name variables too.
    Matcher mappings = Pattern.compile("camunda:(?:in|out) source=\"(\\w+)\" target=\"(\\w+)\"").matcher(bpmn);
    while (mappings.find()) {
      names.add(mappings.group(1));
      names.add(mappings.group(2));
    }
    return names;
  }

  private static Set<String> formKeys(JsonNode form) {
    Set<String> keys = new HashSet<>();
    collectKeys(form, keys);
    return keys;
  }

  private static void collectKeys(JsonNode node, Set<String> keys) {
    for (JsonNode component : node.path("components")) {
      if (component.hasNonNull("key")) {
        keys.add(component.get("key").asText());
      }
      if (component.hasNonNull("valuesKey")) {
        keys.add(component.get("valuesKey").asText());
      }
      collectKeys(component, keys);
    }
  }

  private static BpmnModelInstance model(String processKey) {
    BpmnModelInstance model = Bpmn.readModelFromFile(bpmnFile(processKey).toFile());
    Process process = model.getModelElementById(processKey);
    assertThat(process).as("processes/%s.bpmn defines process %s", processKey, processKey).isNotNull();
    return model;
  }

  private static Path bpmnFile(String processKey) {
    return Path.of("processes", processKey + ".bpmn");
  }

  private static Map<String, JsonNode> forms() throws IOException {
    Map<String, JsonNode> forms = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        JsonNode form = json.readTree(file.toFile());
        forms.put(form.get("id").asText(), form);
      }
    }
    return forms;
  }

  private static Set<String> applicationBeanNames() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    AnnotationBeanNameGenerator names = new AnnotationBeanNameGenerator();
    SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
    Set<String> beans = new HashSet<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents("no.ledsagerbevis")) {
      beans.add(names.generateBeanName(candidate, registry));
    }
    return beans;
  }

  /** A contract class read by reflection: its public String constants, sorted by what they name. */
  private record Contract(String processKey, List<String> elementIds, List<String> formIds, List<String> errorCodes,
      Set<String> variables) {

    static Contract of(Class<?> type) {
      String processKey = null;
      List<String> elementIds = new ArrayList<>();
      List<String> formIds = new ArrayList<>();
      List<String> errorCodes = new ArrayList<>();
      Set<String> variables = new HashSet<>();
      for (Field field : type.getFields()) {
        if (!Modifier.isStatic(field.getModifiers()) || field.getType() != String.class) {
          continue;
        }
        String value = constant(field);
        if (field.getName().equals("PROCESS_KEY")) {
          processKey = value;
        } else if (field.getName().startsWith("FORM_")) {
          formIds.add(value);
        } else if (field.getName().startsWith("ERROR_")) {
          errorCodes.add(value);
        } else if (ELEMENT_ID.matcher(value).matches()) {
          elementIds.add(value);
        } else {
          variables.add(value);
        }
      }
      assertThat(processKey).as("%s has PROCESS_KEY", type.getSimpleName()).isNotNull();
      assertThat(new File("processes", processKey + ".bpmn")).exists();
      return new Contract(processKey, elementIds, formIds, errorCodes, variables);
    }

    private static String constant(Field field) {
      try {
        return (String) field.get(null);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
