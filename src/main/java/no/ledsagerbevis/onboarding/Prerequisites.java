package no.ledsagerbevis.onboarding;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.ledsagerbevis.fiks.forvaltning.FiksTjeneste;
import no.ledsagerbevis.fiks.forvaltning.ForvaltningClient;
import org.springframework.stereotype.Component;

/** Which of the Fiks services Digitalt ledsagerbevis needs are not active for a municipality (K3, K4). */
@Component
class Prerequisites {

  private final ForvaltningClient forvaltning;

  Prerequisites(ForvaltningClient forvaltning) {
    this.forvaltning = forvaltning;
  }

  /** The missing services in a fixed order (SvarUt, register, dokumentlager); empty when all are active. */
  List<FiksTjeneste> missingServices(String fiksOrgId) {
    Set<FiksTjeneste> active = forvaltning.aktiveTjenester(fiksOrgId);
    return Arrays.stream(FiksTjeneste.values()).filter(tjeneste -> !active.contains(tjeneste)).toList();
  }

  /** The same list for people, as shown in the task form. */
  static String describe(List<FiksTjeneste> tjenester) {
    return tjenester.stream().map(Prerequisites::displayName).collect(Collectors.joining(", "));
  }

  static String displayName(FiksTjeneste tjeneste) {
    return switch (tjeneste) {
      case SVARUT -> "SvarUt";
      case REGISTER -> "Fiks register";
      case DOKUMENTLAGER -> "Fiks dokumentlager";
    };
  }
}
