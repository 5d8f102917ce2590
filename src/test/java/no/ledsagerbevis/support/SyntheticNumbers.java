package no.ledsagerbevis.support;

import java.util.ArrayList;
import java.util.List;
import no.ledsagerbevis.validation.Fodselsnummer;

/** Valid synthetic fødselsnummer (Tenor: month + 80) that the Fiks simulator derives a person from. */
public final class SyntheticNumbers {

  private SyntheticNumbers() {
  }

  /** {@code count} distinct valid numbers born on {@code ddmmyy} (month + 80), none of them seeded. */
  public static List<String> bornOn(String ddmmyy, int count) {
    List<String> numbers = new ArrayList<>();
    for (int individual = 600; individual < 1000 && numbers.size() < count; individual++) {
      for (int control = 0; control < 100; control++) {
        String candidate = ddmmyy + individual + String.format("%02d", control);
        if (Fodselsnummer.isValid(candidate)) {
          numbers.add(candidate);
          break;
        }
      }
    }
    return numbers;
  }
}
