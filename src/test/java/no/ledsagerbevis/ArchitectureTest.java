package no.ledsagerbevis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The package rules of docs/conventions.md, checked on the compiled production classes. */
class ArchitectureTest {

  private static final String ROOT = "no.ledsagerbevis";

  /** Packages that own a process or a part of the domain; "features" in docs/conventions.md. */
  private static final String[] FEATURES = {"onboarding", "agreement", "configuration", "access", "caseletter",
      "letters", "retention", "history", "kommune", "operations"};

  /**
   * The types a feature offers the others (docs/conventions.md, "Features talk to each other"). Nested types of
   * these count as theirs (records a method returns).
   */
  private static final Map<String, Set<String>> PUBLIC_TYPES = Map.of(
      "access", Set.of("MunicipalityAccess", "AccessIds", "InstanceMunicipality", "UserLogins", "OpenCaseCounter"),
      "configuration", Set.of("MunicipalitySettingsService", "MunicipalitySettings", "PostAdresse", "ResourceStatuses",
          "ResourceStatus", "Spraak", "UtsendingBrev"),
      "onboarding", Set.of("MunicipalityRegistry", "Municipality", "OnboardingStatus", "RequiredCheckbox"),
      "agreement", Set.of("AgreementSigningProcess"),
      // Retention deletes what caseletter stores; these are its tools for that, nothing else of caseletter.
      "caseletter", Set.of("ProcessVariables", "CaseErasure", "ErasureReason", "CaseRepository",
          "CaseRetentionRepository", "CompanionCase"),
      // letters is the PDF library of onboarding/agreement and caseletter: its documents and their parts.
      "letters", Set.of("AgreementPdf", "AgreementDocument", "AgreementSignature", "DecisionLetterPdf",
          "DecisionLetter", "Footer", "Spraak", "Vedtak"),
      "kommune", Set.of("Kommuneregister", "Kommune"));

  private static final JavaClasses PRODUCTION = new ClassFileImporter()
      // Not ImportOption.DoNotIncludeTests: it knows only target/test-classes, not other build folders.
      .withImportOption(location -> !location.contains("/test-classes/"))
      .importPackages(ROOT);

  @Test
  void noProductionPackageDependsOnTheSimulatorOrTheDemo() {
    noClasses().that().resideOutsideOfPackages(ROOT + ".simulator..", ROOT + ".demo..")
        .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".simulator..", ROOT + ".demo..")
        .because("the simulator and the demo data exist only in the default and demo runs")
        .check(PRODUCTION);
  }

  @Test
  void fiksDependsOnNoFeatureAndNotOnTheWeb() {
    noClasses().that().resideInAPackage(ROOT + ".fiks..")
        .should().dependOnClassesThat().resideInAnyPackage(packages(FEATURES, "web", "identity", "system"))
        .because("features -> fiks -> HTTP: the Fiks clients know nothing of who uses them")
        .check(PRODUCTION);
  }

  @Test
  void featuresDoNotDependOnTheWebLayer() {
    noClasses().that().resideInAnyPackage(packages(FEATURES))
        .should().dependOnClassesThat().resideInAPackage(ROOT + ".web..")
        .because("who the user is comes from identity, errors become HTTP answers in web; features use identity, "
            + "errors and validation")
        .check(PRODUCTION);
  }

  @Test
  void theSharedPackagesDependOnNoFeatureAndNotOnTheWeb() {
    noClasses().that().resideInAnyPackage(ROOT + ".identity..", ROOT + ".errors..", ROOT + ".validation..")
        .should().dependOnClassesThat().resideInAnyPackage(packages(FEATURES, "web", "fiks", "system"))
        .check(PRODUCTION);
    noClasses().that().resideInAPackage(ROOT + ".web..")
        .should().dependOnClassesThat().resideInAnyPackage(packages(FEATURES))
        .because("web is filters and the problem+json mapping; the API controllers live in their features")
        .check(PRODUCTION);
  }

  @Test
  void featuresTalkToEachOtherOnlyThroughTheirPublicTypes() {
    classes().that().resideInAnyPackage(packages(FEATURES))
        .should(useOnlyThePublicTypesOfOtherFeatures())
        .check(PRODUCTION);
  }

  @Test
  void theTopLevelPackagesHaveNoCycles() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(PRODUCTION);
  }

  @Test
  void caseletterEngineGlueAndApiAreLeaves() {
    noClasses().that().resideOutsideOfPackage(ROOT + ".caseletter.process..")
        .should().dependOnClassesThat().resideInAPackage(ROOT + ".caseletter.process..")
        .because("delegates and listeners are reached by the engine through BPMN expressions, not by code")
        .check(PRODUCTION);
    noClasses().that().resideOutsideOfPackage(ROOT + ".caseletter.api..")
        .should().dependOnClassesThat().resideInAPackage(ROOT + ".caseletter.api..")
        .because("controllers are reached over HTTP only")
        .check(PRODUCTION);
  }

  private static ArchCondition<JavaClass> useOnlyThePublicTypesOfOtherFeatures() {
    return new ArchCondition<>("use only the public types of other features") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        String own = feature(item);
        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass().getBaseComponentType();
          String other = feature(target);
          if (other == null || other.equals(own)) {
            continue;
          }
          String outer = target.getName().substring(target.getPackageName().length() + 1).split("\\$")[0];
          if (!PUBLIC_TYPES.getOrDefault(other, Set.of()).contains(outer)) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                + " - " + other + "." + outer + " is not one of " + other + "'s public types"));
          }
        }
      }
    };
  }

  /** The feature a class belongs to, or null when it is in no feature package. */
  private static String feature(JavaClass javaClass) {
    String name = javaClass.getPackageName();
    if (!name.startsWith(ROOT + ".")) {
      return null;
    }
    String top = name.substring(ROOT.length() + 1).split("\\.")[0];
    return Set.of(FEATURES).contains(top) ? top : null;
  }

  private static String[] packages(String[] features, String... more) {
    String[] all = new String[features.length + more.length];
    for (int i = 0; i < features.length; i++) {
      all[i] = ROOT + "." + features[i] + "..";
    }
    for (int i = 0; i < more.length; i++) {
      all[features.length + i] = ROOT + "." + more[i] + "..";
    }
    return all;
  }
}
