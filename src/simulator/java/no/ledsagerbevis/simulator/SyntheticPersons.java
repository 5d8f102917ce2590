package no.ledsagerbevis.simulator;

import java.util.List;
import java.util.Optional;
import no.ledsagerbevis.validation.Fodselsnummer;

/**
 * Every valid synthetic number the seed does not hold is a person of its own, derived from the number alone:
 * the same number always gives the same name, address and kommune, on every node and after every reset.
 * Synthetic means Skatteetaten's Tenor series (month + 80), as a fødselsnummer or as a D-number (day + 40).
 *
 * <p>Unknown to the register (the person-not-found path): every synthetic number born on the first of January
 * (it starts with {@code 0181} or {@code 4181}), e.g. {@code 01819000553}. docs/fiks.md lists the rule.
 */
final class SyntheticPersons {

  private static final List<String> FORNAVN = List.of("Anne", "Ole", "Ingrid", "Lars", "Kari", "Jonas", "Sofie",
      "Magnus", "Hanne", "Eirik", "Maja", "Henrik", "Nora", "Sindre", "Emilie", "Amir", "Fatima", "Tuva");
  private static final List<String> ETTERNAVN = List.of("Hansen", "Johansen", "Olsen", "Larsen", "Andersen",
      "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Berg", "Haugen", "Hagen", "Dahl", "Lie");
  private static final List<String> GATER = List.of("Storgata", "Kirkegata", "Skolegata", "Parkveien",
      "Fjordveien", "Bakkegata", "Solveien", "Elvegata");

  /** The simulator's municipalities, with a postnummer of theirs. */
  private record Sted(String kommunenummer, String postnummer, String poststed) {
  }

  private static final List<Sted> STEDER = List.of(new Sted("0301", "0155", "OSLO"), new Sted("4601", "5003", "BERGEN"),
      new Sted("5001", "7011", "TRONDHEIM"), new Sted("1108", "4306", "SANDNES"), new Sted("3905", "3110", "TØNSBERG"));

  private SyntheticPersons() {
  }

  static boolean isSynthetic(String fnr) {
    if (fnr == null || !Fodselsnummer.isValid(fnr)) {
      return false;
    }
    int day = Integer.parseInt(fnr.substring(0, 2));
    int month = Integer.parseInt(fnr.substring(2, 4));
    return month >= 81 && month <= 92 && ((day >= 1 && day <= 31) || (day >= 41 && day <= 71));
  }

  static boolean isUnknown(String fnr) {
    return fnr.startsWith("0181") || fnr.startsWith("4181");
  }

  static Optional<SimPersoner.Person> person(String fnr) {
    if (!isSynthetic(fnr) || isUnknown(fnr)) {
      return Optional.empty();
    }
    // The digits are mixed so that neighbouring numbers get different people; the seed is the number itself.
    long mixed = Long.parseLong(fnr) * 0x9E3779B97F4A7C15L;
    mixed ^= mixed >>> 29;
    Sted sted = STEDER.get(pick(mixed, 0, STEDER.size()));
    return Optional.of(new SimPersoner.Person(fnr,
        FORNAVN.get(pick(mixed, 8, FORNAVN.size())), null, ETTERNAVN.get(pick(mixed, 16, ETTERNAVN.size())),
        GATER.get(pick(mixed, 24, GATER.size())), String.valueOf(1 + pick(mixed, 32, 120)), null,
        sted.postnummer(), sted.poststed(), sted.kommunenummer(), "UGRADERT", true));
  }

  private static int pick(long mixed, int shift, int size) {
    return (int) Long.remainderUnsigned(mixed >>> shift, size);
  }
}
