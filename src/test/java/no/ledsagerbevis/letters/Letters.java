package no.ledsagerbevis.letters;

import java.time.LocalDate;
import java.util.List;
import no.ledsagerbevis.validation.Fodselsnummer;

/** Test letters: a synthetic fødselsnummer and Oslo's footer. */
final class Letters {

  static final String FNR = "15838500002";
  static final String MASKED_FNR = Fodselsnummer.parse(FNR).masked();
  static final String SAKS_ID = "6f1c2b8e-3d4a-4c5b-9e7f-0a1b2c3d4e5f";
  static final LocalDate VEDTAKSDATO = LocalDate.of(2026, 11, 24);
  static final LocalDate UTLOPSDATO = LocalDate.of(2028, 11, 24);
  static final Footer FOOTER = new Footer("Postboks 6999 St. Olavs plass", "0130", "Oslo", "21802180");
  static final List<String> ADRESSE = List.of("Storgata 1 H0201", "0155 Oslo");
  static final String BEGRUNNELSE = "Legeerklæringen viser at behovet for følge er midlertidig og går over "
      + "i løpet av våren. Vilkåret om et varig behov er derfor ikke oppfylt.";

  private Letters() {
  }

  static DecisionLetter approval(Spraak spraak) {
    return new DecisionLetter(spraak, Vedtak.INNVILGET, "Oslo kommune", SAKS_ID, "2026/4711",
        "Åse Ærlig Øverby", ADRESSE, MASKED_FNR, VEDTAKSDATO, 2, UTLOPSDATO, null, "Kari Saksbehandler",
        FOOTER);
  }

  static DecisionLetter refusal(Spraak spraak) {
    return new DecisionLetter(spraak, Vedtak.AVSLAATT, "Oslo kommune", SAKS_ID, null, "Åse Ærlig Øverby",
        ADRESSE, MASKED_FNR, VEDTAKSDATO, 0, null, BEGRUNNELSE, "Kari Saksbehandler", FOOTER);
  }

  static DecisionLetter withAddress(DecisionLetter l, String navn, List<String> adresse) {
    return new DecisionLetter(l.spraak(), l.vedtak(), l.kommunenavn(), l.saksId(), l.referansenummer(), navn,
        adresse, l.maskertFnr(), l.vedtaksdato(), l.antallLedsagere(), l.utlopsdato(), l.begrunnelse(),
        l.saksbehandler(), l.footer());
  }

  static DecisionLetter withBegrunnelse(DecisionLetter l, String begrunnelse) {
    return new DecisionLetter(l.spraak(), l.vedtak(), l.kommunenavn(), l.saksId(), l.referansenummer(),
        l.mottakerNavn(), l.mottakerAdresse(), l.maskertFnr(), l.vedtaksdato(), l.antallLedsagere(),
        l.utlopsdato(), begrunnelse, l.saksbehandler(), l.footer());
  }
}
