package no.ledsagerbevis.configuration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The fields that differ between two versions of a municipality's settings, as audit values. Contact
 * persons are personal data, so the trail records how many there are and how many were added or removed,
 * never the addresses.
 */
final class SettingsDiff {

  /** One changed field; {@code gammel} is null when the field had no value. */
  record Change(String felt, String gammel, String ny) {
  }

  private SettingsDiff() {
  }

  static List<Change> between(MunicipalitySettings before, MunicipalitySettings after) {
    List<Change> changes = new ArrayList<>();
    PostAdresse beforeAdresse = before == null ? null : before.postAdresse();
    add(changes, "svarUtKontoId", before == null ? null : before.svarUtKontoId(), after.svarUtKontoId());
    add(changes, "postAdresse.postadressenavn", beforeAdresse == null ? null : beforeAdresse.postadressenavn(),
        after.postAdresse().postadressenavn());
    add(changes, "postAdresse.postnummer", beforeAdresse == null ? null : beforeAdresse.postnummer(),
        after.postAdresse().postnummer());
    add(changes, "postAdresse.poststed", beforeAdresse == null ? null : beforeAdresse.poststed(),
        after.postAdresse().poststed());
    add(changes, "telefon", before == null ? null : before.telefon(), after.telefon());
    addKontaktpersoner(changes, before == null ? null : before.kontaktpersoner(), after.kontaktpersoner());
    add(changes, "utsendingBrev", before == null ? null : name(before.utsendingBrev()), name(after.utsendingBrev()));
    add(changes, "spraak", before == null ? null : name(before.spraak()), name(after.spraak()));
    return changes;
  }

  private static void addKontaktpersoner(List<Change> changes, List<String> before, List<String> after) {
    List<String> old = before == null ? List.of() : before;
    if (before != null && old.equals(after)) {
      return;
    }
    Set<String> oldSet = new HashSet<>(old);
    Set<String> newSet = new HashSet<>(after);
    long added = after.stream().filter(e -> !oldSet.contains(e)).count();
    long removed = old.stream().filter(e -> !newSet.contains(e)).count();
    if (before != null && added == 0 && removed == 0) {
      changes.add(new Change("kontaktpersoner", count(old.size()), count(after.size()) + " (ny rekkefølge)"));
      return;
    }
    changes.add(new Change("kontaktpersoner", before == null ? null : count(old.size()),
        count(after.size()) + " (" + added + " lagt til, " + removed + " fjernet)"));
  }

  private static String count(int n) {
    return n == 1 ? "1 e-postadresse" : n + " e-postadresser";
  }

  private static void add(List<Change> changes, String felt, String before, String after) {
    if (!Objects.equals(before, after)) {
      changes.add(new Change(felt, before, after));
    }
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
