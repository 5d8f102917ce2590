package no.ledsagerbevis.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/processes.md leads from a BPMN id to its delegate or listener, the service it calls and the test that covers
 * it. This test keeps that table true: every element of processes/*.bpmn with behaviour (a service, send, script
 * or business-rule task, a call activity, anything with an execution or task listener, the process's own listeners)
 * has a row in its process's section, with its current name and every bean it names; each bean is the class the row
 * says; every class and test the row names exists, and the test names the element (or at least its process).
 */
class ProcessDocumentationTest {

  private static final Path DOC = Path.of("docs", "processes.md");
  private static final Pattern BEAN = Pattern.compile("[$#]\\{\\s*(\\w+)");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern CLASS_REFERENCE = Pattern.compile("^((?:[a-z]+\\.)+)([A-Z]\\w*)$");
  private static final Pattern BEAN_AND_CLASS = Pattern.compile("`(\\w+)` \\(`((?:[a-z]+\\.)+[A-Z]\\w*)`\\)");
  private static final Pattern CONSTANT = Pattern.compile("public static final String (\\w+) = \"([^\"]+)\";");

  static Stream<Path> processes() throws IOException {
    return Files.list(Path.of("processes")).filter(file -> file.toString().endsWith(".bpmn")).sorted();
  }

  @ParameterizedTest
  @MethodSource("processes")
  void everyElementWithBehaviourHasATrueRow(Path bpmn) {
    assertThat(missingOrWrongRows(Bpmn.readModelFromFile(bpmn.toFile()), read(DOC))).isEmpty();
  }

  /** The check sees a step without a row, a renamed step and a re-wired bean (so that a green run means something). */
  @Test
  void aStepWithoutARowARenamedStepAndAnotherBeanAreSeen() throws IOException {
    String bpmn = Files.readString(Path.of("processes", "ledsagerbevis-onboarding.bpmn"));
    String doc = read(DOC);
    String withoutRow = doc.lines().filter(line -> !line.startsWith("| `Task_CheckPrerequisites` "))
        .collect(Collectors.joining("\n"));
    assertThat(missingOrWrongRows(model(bpmn), withoutRow))
        .containsExactly("docs/processes.md, section `ledsagerbevis-onboarding`, has no row for Task_CheckPrerequisites");
    assertThat(missingOrWrongRows(model(bpmn.replace("name=\"Opprett egen SvarUt-konto\"", "name=\"Lag SvarUt-konto\"")), doc))
        .containsExactly("docs/processes.md: the name of Task_CreateSvarUtAccount is «Lag SvarUt-konto», not «Opprett egen SvarUt-konto»");
    assertThat(missingOrWrongRows(model(bpmn.replace("${setUpAccessCompleteListener}", "${accessCheckListener}")), doc))
        .containsExactly("docs/processes.md: the row of Task_SetUpAccess does not name bean `accessCheckListener`");
  }

  private static BpmnModelInstance model(String xml) {
    return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> missingOrWrongRows(BpmnModelInstance model, String doc) {
    Process process = model.getModelElementsByType(Process.class).iterator().next();
    Map<String, Row> rows = section(doc, process.getId());
    List<String> problems = new ArrayList<>();
    for (Map.Entry<BaseElement, List<String>> element : elementsWithBehaviour(model, process).entrySet()) {
      String id = element.getKey().getId();
      Row row = rows.get(id);
      if (row == null) {
        problems.add("docs/processes.md, section `" + process.getId() + "`, has no row for " + id);
        continue;
      }
      if (!row.name().equals(nameOf(element.getKey()))) {
        problems.add("docs/processes.md: the name of " + id + " is «" + nameOf(element.getKey()) + "», not «"
            + row.name() + "»");
      }
      for (String bean : element.getValue()) {
        if (!row.delegates().contains("`" + bean + "`")) {
          problems.add("docs/processes.md: the row of " + id + " does not name bean `" + bean + "`");
        }
      }
    }
    return problems;
  }

  @ParameterizedTest
  @MethodSource("processes")
  void everyRowNamesAnElementAndClassesAndTestsThatExist(Path bpmn) {
    BpmnModelInstance model = Bpmn.readModelFromFile(bpmn.toFile());
    Process process = model.getModelElementsByType(Process.class).iterator().next();
    Map<String, Row> rows = section(read(DOC), process.getId());
    assertThat(rows).as("docs/processes.md has a section `%s` with rows", process.getId()).isNotEmpty();
    for (Row row : rows.values()) {
      assertThat((Object) model.getModelElementById(row.id()))
          .as("docs/processes.md names %s, which %s does not have", row.id(), bpmn).isNotNull();
      Matcher pairs = BEAN_AND_CLASS.matcher(row.delegates());
      while (pairs.find()) {
        String source = read(mainSource(pairs.group(2)));
        assertThat(source.contains("(\"" + pairs.group(1) + "\")") || defaultBeanName(pairs.group(2)).equals(pairs.group(1)))
            .as("docs/processes.md: bean `%s` is class %s", pairs.group(1), pairs.group(2)).isTrue();
      }
      for (String code : codes(row.delegates() + " " + row.services())) {
        String[] classAndMethod = code.split("#");
        Matcher reference = CLASS_REFERENCE.matcher(classAndMethod[0]);
        if (reference.matches()) {
          String source = read(mainSource(classAndMethod[0]));
          if (classAndMethod.length > 1) {
            assertThat(source).as("docs/processes.md names method %s", code).contains(" " + classAndMethod[1] + "(");
          }
        }
      }
      List<String> tests = codes(row.tests());
      assertThat(tests).as("docs/processes.md: the row of %s names a test", row.id()).isNotEmpty();
      for (String test : tests) {
        String source = read(testSource(test));
        assertThat(names(source, row.id()) || names(source, process.getId()))
            .as("%s names %s or its process %s (the id or a constant for it)", test, row.id(), process.getId()).isTrue();
      }
    }
  }

  /** Elements with behaviour and the beans their expressions name. */
  private static Map<BaseElement, List<String>> elementsWithBehaviour(BpmnModelInstance model, Process process) {
    Map<BaseElement, List<String>> elements = new LinkedHashMap<>();
    List<String> processBeans = listenerBeans(process.getExtensionElements());
    if (!processBeans.isEmpty()) {
      elements.put(process, processBeans);
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      List<String> beans = new ArrayList<>(listenerBeans(node.getExtensionElements()));
      boolean behaviour = !beans.isEmpty() || node instanceof CallActivity;
      if (node instanceof ServiceTask || node instanceof SendTask || node instanceof ScriptTask
          || node instanceof BusinessRuleTask) {
        behaviour = true;
        for (String attribute : List.of("delegateExpression", "expression", "class")) {
          String value = node.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", attribute);
          if (value != null) {
            beans.addAll(beans(value, attribute.equals("class")));
          }
        }
      }
      if (behaviour) {
        elements.put(node, beans);
      }
    }
    return elements;
  }

  private static List<String> listenerBeans(ExtensionElements extensions) {
    List<String> beans = new ArrayList<>();
    if (extensions == null) {
      return beans;
    }
    for (CamundaExecutionListener listener : extensions.getChildElementsByType(CamundaExecutionListener.class)) {
      beans.addAll(beans(listener.getCamundaDelegateExpression(), false));
      beans.addAll(beans(listener.getCamundaExpression(), false));
      beans.addAll(beans(listener.getCamundaClass(), true));
    }
    for (CamundaTaskListener listener : extensions.getChildElementsByType(CamundaTaskListener.class)) {
      beans.addAll(beans(listener.getCamundaDelegateExpression(), false));
      beans.addAll(beans(listener.getCamundaExpression(), false));
      beans.addAll(beans(listener.getCamundaClass(), true));
    }
    return beans;
  }

  private static List<String> beans(String value, boolean className) {
    List<String> beans = new ArrayList<>();
    if (value == null) {
      return beans;
    }
    if (className) {
      beans.add(value.substring(value.lastIndexOf('.') + 1));
      return beans;
    }
    Matcher bean = BEAN.matcher(value);
    while (bean.find()) {
      beans.add(bean.group(1));
    }
    return beans;
  }

  private static String nameOf(BaseElement element) {
    String name = element.getAttributeValue("name");
    return name == null ? "" : name.replaceAll("\\s+", " ").strip();
  }

  private static boolean names(String testSource, String id) {
    if (testSource.contains("\"" + id + "\"")) {
      return true;
    }
    for (String constant : constantsFor(id)) {
      if (Pattern.compile("(?<![\\w\"])" + constant + "\\b").matcher(testSource).find()) {
        return true;
      }
    }
    return false;
  }

  private static final Map<String, List<String>> CONSTANTS = new HashMap<>();

  private static synchronized Collection<String> constantsFor(String value) {
    if (CONSTANTS.isEmpty()) {
      for (Path file : javaFiles("main")) {
        Matcher constant = CONSTANT.matcher(read(file));
        while (constant.find()) {
          CONSTANTS.computeIfAbsent(constant.group(2), v -> new ArrayList<>()).add(constant.group(1));
        }
      }
    }
    return CONSTANTS.getOrDefault(value, List.of());
  }

  /** The rows of the section whose heading names the process id in backticks, by element id. */
  private static Map<String, Row> section(String doc, String processId) {
    Map<String, Row> rows = new LinkedHashMap<>();
    boolean inSection = false;
    for (String line : doc.split("\n")) {
      if (line.startsWith("## ")) {
        inSection = line.contains("`" + processId + "`");
      } else if (inSection && line.startsWith("| `")) {
        String[] cells = line.split("\\|", -1);
        assertThat(cells.length).as("docs/processes.md: five cells in %s", line).isGreaterThanOrEqualTo(7);
        String id = codes(cells[1]).get(0);
        rows.put(id, new Row(id, cells[2].strip(), cells[3], cells[4], cells[5]));
      }
    }
    return rows;
  }

  private static List<String> codes(String cell) {
    List<String> codes = new ArrayList<>();
    Matcher code = CODE.matcher(cell);
    while (code.find()) {
      codes.add(code.group(1));
    }
    return codes;
  }

  private static String defaultBeanName(String className) {
    String simple = className.substring(className.lastIndexOf('.') + 1);
    return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }

  /** {@code caseletter.engine.LookupPersonDelegate} in any main source root (src/main/java, src/simulator/java ...). */
  private static Path mainSource(String className) {
    String relative = "no/ledsagerbevis/" + className.replace('.', '/') + ".java";
    Optional<Path> found = sourceRoots().stream().filter(root -> !root.startsWith(Path.of("src", "test")))
        .map(root -> root.resolve(relative)).filter(Files::exists).findFirst();
    assertThat(found).as("docs/processes.md names class %s: no %s", className, relative).isPresent();
    return found.get();
  }

  private static Path testSource(String simpleName) {
    Optional<Path> found = javaFiles("test").stream()
        .filter(file -> file.getFileName().toString().equals(simpleName + ".java")).findFirst();
    assertThat(found).as("docs/processes.md names test %s, which src/test/java does not have", simpleName).isPresent();
    return found.get();
  }

  private static List<Path> sourceRoots() {
    try (Stream<Path> roots = Files.list(Path.of("src"))) {
      return roots.map(root -> root.resolve("java")).filter(Files::isDirectory).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> javaFiles(String kind) {
    List<Path> files = new ArrayList<>();
    for (Path root : sourceRoots()) {
      if (root.startsWith(Path.of("src", "test")) != kind.equals("test")) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(file -> file.toString().endsWith(".java")).forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Row(String id, String name, String delegates, String services, String tests) {
  }
}
