package no.ledsagerbevis.kommune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.ledsagerbevis.errors.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KommuneregisterTest {

  private static final Kommuneregister REGISTER = new Kommuneregister();

  @Test
  void holdsAll357MunicipalitiesOf2024() {
    assertThat(REGISTER.alle()).hasSize(357);
  }

  @Test
  void numbersAreUniqueAndFourDigits() {
    List<String> numbers = REGISTER.alle().stream().map(Kommune::kommunenummer).toList();
    assertThat(numbers).doesNotHaveDuplicates().allMatch(n -> n.matches("[0-9]{4}"));
  }

  @Test
  void listsTheFifteenCountiesOf2024() {
    Map<String, String> counties = REGISTER.alle().stream()
        .collect(Collectors.toMap(Kommune::fylkesnummer, Kommune::fylke, (a, b) -> {
          assertThat(a).isEqualTo(b);
          return a;
        }, TreeMap::new));
    assertThat(counties).containsExactlyEntriesOf(new TreeMap<>(Map.ofEntries(
        Map.entry("03", "Oslo"), Map.entry("11", "Rogaland"), Map.entry("15", "Møre og Romsdal"),
        Map.entry("18", "Nordland"), Map.entry("31", "Østfold"), Map.entry("32", "Akershus"),
        Map.entry("33", "Buskerud"), Map.entry("34", "Innlandet"), Map.entry("39", "Vestfold"),
        Map.entry("40", "Telemark"), Map.entry("42", "Agder"), Map.entry("46", "Vestland"),
        Map.entry("50", "Trøndelag"), Map.entry("55", "Troms"), Map.entry("56", "Finnmark"))));
  }

  @Test
  void countsTheMunicipalitiesOfEachCountyAsSsbDoes() {
    Map<String, Long> perCounty = REGISTER.alle().stream()
        .collect(Collectors.groupingBy(Kommune::fylkesnummer, TreeMap::new, Collectors.counting()));
    assertThat(perCounty).containsExactlyEntriesOf(new TreeMap<>(Map.ofEntries(
        Map.entry("03", 1L), Map.entry("11", 23L), Map.entry("15", 27L), Map.entry("18", 41L),
        Map.entry("31", 12L), Map.entry("32", 21L), Map.entry("33", 18L), Map.entry("34", 46L),
        Map.entry("39", 6L), Map.entry("40", 17L), Map.entry("42", 25L), Map.entry("46", 43L),
        Map.entry("50", 38L), Map.entry("55", 21L), Map.entry("56", 18L))));
  }

  @Test
  void everyCountyNumberIsTheFirstTwoDigitsOfTheMunicipalityNumber() {
    assertThat(REGISTER.alle()).allMatch(k -> k.kommunenummer().startsWith(k.fylkesnummer()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "0301;Oslo;03;Oslo",
      "1103;Stavanger;11;Rogaland",
      "1108;Sandnes;11;Rogaland",
      "1508;Ålesund;15;Møre og Romsdal",
      "1580;Haram;15;Møre og Romsdal",
      "3101;Halden;31;Østfold",
      "3201;Bærum;32;Akershus",
      "3301;Drammen;33;Buskerud",
      "3905;Tønsberg;39;Vestfold",
      "4001;Porsgrunn;40;Telemark",
      "4601;Bergen;46;Vestland",
      "5001;Trondheim - Tråante;50;Trøndelag",
      "5501;Tromsø;55;Troms",
      "5601;Alta;56;Finnmark"})
  void findsTheSpotChecks(String nummer, String navn, String fylkesnummer, String fylke) {
    assertThat(REGISTER.finn(nummer)).contains(new Kommune(nummer, navn, fylkesnummer, fylke));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "5610;Kárášjohka - Karasjok",
      "5612;Guovdageaidnu - Kautokeino",
      "5636;Unjárga - Nesseby",
      "5544;Nordreisa - Ráisa - Raisi",
      "1875;Hábmer - Hamarøy",
      "1515;Herøy (Møre og Romsdal)",
      "1818;Herøy (Nordland)"})
  void keepsSsbNamesAsGiven(String nummer, String navn) {
    assertThat(REGISTER.finn(nummer)).map(Kommune::navn).contains(navn);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0000", "9999", "0101", "3001", "1507", "5401", "3803", "5444"})
  void doesNotKnowNumbersThatAreNotMunicipalitiesIn2024(String nummer) {
    assertThat(REGISTER.finn(nummer)).isEmpty();
    assertThat(REGISTER.finnes(nummer)).isFalse();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "301", "03011", "O301", "03-1", "0301;", "abcd"})
  void findsNothingForMalformedInput(String input) {
    assertThat(REGISTER.finn(input)).isEmpty();
    assertThat(REGISTER.finnes(input)).isFalse();
  }

  @Test
  void ignoresSurroundingWhitespace() {
    assertThat(REGISTER.finn(" 0301 ")).map(Kommune::navn).contains("Oslo");
  }

  @Test
  void listsAllSortedByNumberAndUnmodifiable() {
    List<String> numbers = REGISTER.alle().stream().map(Kommune::kommunenummer).toList();
    assertThat(numbers).isSorted();
    assertThatThrownBy(() -> REGISTER.alle().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void hentReturnsAKnownMunicipality() {
    assertThat(REGISTER.hent("kommunenummer", "4601").navn()).isEqualTo("Bergen");
  }

  @Test
  void hentRejectsAnUnknownNumberWithANorwegianMessageForTheField() {
    assertThatThrownBy(() -> REGISTER.hent("kommunenummer", "0101"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).singleElement()
            .satisfies(err -> {
              assertThat(err.felt()).isEqualTo("kommunenummer");
              assertThat(err.melding()).isEqualTo(
                  "Det finnes ingen kommune med kommunenummer 0101 i SSBs kommuneliste for 2024.");
            }));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"301", "abcd"})
  void hentRejectsMalformedInput(String input) {
    assertThatThrownBy(() -> REGISTER.hent("kommunenummer", input)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void canBeBuiltFromAGivenList() {
    Kommuneregister register = Kommuneregister.av(List.of(
        new Kommune("4601", "Bergen", "46", "Vestland"), new Kommune("0301", "Oslo", "03", "Oslo")));
    assertThat(register.alle()).extracting(Kommune::kommunenummer).containsExactly("0301", "4601");
    assertThat(register.finnes("1103")).isFalse();
  }

  @Test
  void refusesTheSameNumberTwice() {
    assertThatThrownBy(() -> Kommuneregister.av(List.of(
        new Kommune("0301", "Oslo", "03", "Oslo"), new Kommune("0301", "Oslo", "03", "Oslo"))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("0301");
  }

  @Test
  void refusesACsvWithoutTheExpectedHeader() {
    assertThatThrownBy(() -> Kommuneregister.les(new StringReader("nr;navn\n0301;Oslo\n")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("overskriften");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0301;Oslo;03", "0301;;03;Oslo", "301;Oslo;03;Oslo", "0301;Oslo;11;Rogaland"})
  void refusesABrokenCsvLine(String line) {
    String csv = Kommuneregister.HEADER + "\n" + line + "\n";
    assertThatThrownBy(() -> Kommuneregister.les(new StringReader(csv)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("Linje 2");
  }
}
