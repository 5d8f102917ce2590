package no.ledsagerbevis.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import no.ledsagerbevis.support.SyntheticNumbers;
import org.junit.jupiter.api.Test;

class SyntheticPersonsTest {

  @Test
  void aValidSyntheticNumberIsAPersonDerivedFromItAlone() {
    for (String fnr : SyntheticNumbers.bornOn("158385", 20)) {
      SimPersoner.Person person = SyntheticPersons.person(fnr).orElseThrow();
      assertThat(SyntheticPersons.person(fnr)).contains(person);
      assertThat(person.fnr()).isEqualTo(fnr);
      assertThat(person.fornavn()).isNotBlank();
      assertThat(person.etternavn()).isNotBlank();
      assertThat(person.adressenavn()).isNotBlank();
      assertThat(person.postnummer()).hasSize(4);
      assertThat(person.kommunenummer()).isIn("0301", "4601", "5001", "1108", "3905");
      assertThat(person.adressebeskyttelse()).isEqualTo("UGRADERT");
      assertThat(person.digitalPostkasse()).isTrue();
    }
  }

  @Test
  void neighbouringNumbersAreDifferentPeople() {
    Set<String> people = new HashSet<>();
    for (String fnr : SyntheticNumbers.bornOn("158290", 50)) {
      SimPersoner.Person p = SyntheticPersons.person(fnr).orElseThrow();
      people.add(p.fornavn() + " " + p.etternavn() + ", " + p.adressenavn() + " " + p.husnummer() + ", " + p.kommunenummer());
    }
    assertThat(people).hasSizeGreaterThan(45);
  }

  @Test
  void syntheticDNumbersAreKnownToo() {
    String dNumber = SyntheticNumbers.bornOn("558385", 1).get(0);
    assertThat(SyntheticPersons.person(dNumber)).isPresent();
  }

  @Test
  void numbersBornOnTheFirstOfJanuaryAreUnknown() {
    assertThat(SyntheticPersons.person("01819000553")).isEmpty();
    for (String fnr : SyntheticNumbers.bornOn("018190", 10)) {
      assertThat(SyntheticPersons.person(fnr)).as(fnr).isEmpty();
    }
    assertThat(SyntheticPersons.person(SyntheticNumbers.bornOn("418190", 1).get(0))).isEmpty();
  }

  @Test
  void onlyValidSyntheticNumbersArePeople() {
    assertThat(SyntheticPersons.person("15838500003")).as("wrong check digits").isEmpty();
    assertThat(SyntheticPersons.person("24039200054")).as("not synthetic (month 03): only the seed knows it").isEmpty();
    assertThat(SyntheticPersons.person("abc")).isEmpty();
    assertThat(SyntheticPersons.person(null)).isEmpty();
  }
}
