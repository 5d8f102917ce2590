package no.ledsagerbevis.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LetterTemplateTest {

  private static List<String> render(String source, Map<String, String> values) {
    return LetterTemplate.parse("test", source).blocksFor(values).stream()
        .map(block -> block.kind() + ":" + block.fill(values)).toList();
  }

  @Test
  void joinsParagraphLinesAndSplitsOnBlankLines() {
    assertThat(render("# Tittel\nførste linje\nandre linje\n\nny {x}\n", Map.of("x", "verdi")))
        .containsExactly("TITLE:Tittel", "PARAGRAPH:første linje andre linje", "PARAGRAPH:ny verdi");
  }

  @Test
  void readsHeadingsBulletsWithIndentedContinuationAndSingleLines() {
    assertThat(render("## Overskrift\n- punkt en\n  fortsetter\n- punkt to\nMed hilsen\n| Kari\n|\n", Map.of()))
        .containsExactly("HEADING:Overskrift", "BULLET:punkt en fortsetter", "BULLET:punkt to",
            "PARAGRAPH:Med hilsen", "LINE:Kari", "LINE:");
  }

  @Test
  void leavesOutConditionalBlocksWhoseValueIsMissing() {
    String source = "før\n\n[?grunn]\n## Begrunnelse\n{grunn}\n[/grunn]\netter\n";

    assertThat(render(source, Map.of())).containsExactly("PARAGRAPH:før", "PARAGRAPH:etter");
    assertThat(render(source, Map.of("grunn", "fordi")))
        .containsExactly("PARAGRAPH:før", "HEADING:Begrunnelse", "PARAGRAPH:fordi", "PARAGRAPH:etter");
  }

  @Test
  void ignoresComments() {
    assertThat(render("// merknad\ntekst\n", Map.of())).containsExactly("PARAGRAPH:tekst");
  }

  @Test
  void failsLoudlyOnAnUnknownPlaceholder() {
    assertThatThrownBy(() -> render("Hei {ukjent}", Map.of()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("{ukjent}");
  }

  @Test
  void keepsDollarSignsAndBackslashesInValues() {
    assertThat(render("{x}", Map.of("x", "a$1\\b"))).containsExactly("PARAGRAPH:a$1\\b");
  }

  @Test
  void everyShippedTemplateHasATitle() {
    for (String name : List.of("vedtak-innvilget_nb.txt", "vedtak-innvilget_nn.txt", "vedtak-avslaatt_nb.txt",
        "vedtak-avslaatt_nn.txt", "tjenestebilag_nb.txt", "tjenestebilag-signatur_nb.txt")) {
      assertThat(LetterTemplate.load(name).title()).as(name).isNotBlank();
    }
  }
}
