package no.ledsagerbevis.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import no.ledsagerbevis.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

class KontaktpersonerTest {

  @Test
  void readsOneAddressALineAndIgnoresBlankLines() {
    assertThat(Kontaktpersoner.parseLines("kontaktpersoner", "a@kommune.no\r\n\n  B@Kommune.no  \n"))
        .containsExactly("a@kommune.no", "b@kommune.no");
  }

  @Test
  void acceptsTwentyAddresses() {
    assertThat(Kontaktpersoner.parse("kontaktpersoner", addresses(20))).hasSize(20);
  }

  @Test
  void rejectsMoreThanTwenty() {
    assertThatThrownBy(() -> Kontaktpersoner.parse("kontaktpersoner", addresses(21)))
        .hasMessage("Oppgi høyst 20 kontaktpersoner (du har oppgitt 21).");
  }

  @Test
  void rejectsTheSameAddressTwiceRegardlessOfCase() {
    assertThatThrownBy(() -> Kontaktpersoner.parse("kontaktpersoner", List.of("a@kommune.no", "A@kommune.no")))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).errors())
            .containsExactly(new InvalidInputException.FieldError("kontaktpersoner[1]",
                "Kontaktperson nr. 2: e-postadressen er oppgitt mer enn én gang.")));
  }

  @Test
  void namesEveryInvalidLine() {
    assertThatThrownBy(() -> Kontaktpersoner.parseLines("kontaktpersoner", "ugyldig\na@kommune.no\nogså ugyldig"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).errors())
            .extracting(InvalidInputException.FieldError::felt)
            .containsExactly("kontaktpersoner[0]", "kontaktpersoner[2]"));
  }

  @Test
  void requiresAtLeastOne() {
    assertThatThrownBy(() -> Kontaktpersoner.parseLines("kontaktpersoner", " \n "))
        .hasMessage("Oppgi minst én kontaktperson (e-postadresse).");
    assertThatThrownBy(() -> Kontaktpersoner.parse("kontaktpersoner", null))
        .hasMessage("Oppgi minst én kontaktperson (e-postadresse).");
  }

  private static List<String> addresses(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> "person" + i + "@kommune.no").toList();
  }
}
