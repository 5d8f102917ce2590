package no.ledsagerbevis.caseletter.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import no.ledsagerbevis.caseletter.CaseDetails;
import no.ledsagerbevis.caseletter.CasePage;
import no.ledsagerbevis.caseletter.CompanionCase;

/**
 * The JSON shapes of the case API; the owner's fields follow KS's {@code Person}. The shapes that carry
 * personal data hide it in {@code toString()}: Spring logs response bodies at debug level.
 */
final class CaseViews {

  private CaseViews() {
  }

  record Person(String fnr, String navn, List<String> adresse, boolean adressebeskyttet, String telefonnummer) {
    @Override
    public String toString() {
      return "Person[***]";
    }
  }

  record Summary(String saksId, String status, String fnr, String navn, int antallLedsagere, LocalDate utlopsdato,
      String referansenummer, String vedtak, OffsetDateTime opprettet) {
    @Override
    public String toString() {
      return "Summary[saksId=" + saksId + ", status=" + status + "]";
    }
  }

  record Letter(String status, String forsendelseId, String svarUtKontoId, OffsetDateTime statusEndret) {
  }

  record Event(String hendelse, OffsetDateTime tidspunkt, String utfortAv, String beskrivelse) {
  }

  record Detail(String saksId, String kommunenummer, String gruppeId, String status, Person eier,
      int antallLedsagere, LocalDate utlopsdato, String referansenummer, boolean harBilde, String vedtak,
      String begrunnelse, String saksbehandler, LocalDate vedtaksdato, Letter brev, OffsetDateTime opprettet,
      String opprettetAv, List<Event> historikk) {
    @Override
    public String toString() {
      return "Detail[saksId=" + saksId + ", status=" + status + "]";
    }
  }

  record Page(List<Summary> saker, int side, int antallPerSide, long totaltAntall) {
  }

  static Page page(CasePage page) {
    return new Page(page.saker().stream().map(CaseViews::summary).toList(), page.side(), page.antallPerSide(),
        page.totaltAntall());
  }

  static Detail detail(CaseDetails details) {
    CompanionCase sak = details.sak();
    Person eier = new Person(sak.fnr(), navn(sak), sak.adresse() == null ? List.of() : sak.adresse().linjer(),
        sak.adressebeskyttet(), sak.telefonnummer());
    Letter brev = details.brev()
        .map(letter -> new Letter(letter.status(), letter.forsendelseId(), letter.svarUtKontoId(), letter.statusEndret()))
        .orElse(null);
    List<Event> historikk = details.historikk().stream()
        .map(e -> new Event(e.hendelse().name(), e.tidspunkt(), e.utfortAv(), e.beskrivelse()))
        .toList();
    return new Detail(sak.saksId(), sak.kommunenummer(), sak.gruppeId(), sak.status().name(), eier,
        sak.antallLedsagere(), sak.utlopsdato(), sak.referansenummer(), details.harBilde(), nameOf(sak.vedtak()),
        sak.begrunnelse(), sak.saksbehandler(), sak.vedtaksdato(), brev, sak.opprettet(), sak.opprettetAv(),
        historikk);
  }

  private static Summary summary(CompanionCase sak) {
    return new Summary(sak.saksId(), sak.status().name(), sak.fnr(), navn(sak), sak.antallLedsagere(),
        sak.utlopsdato(), sak.referansenummer(), nameOf(sak.vedtak()), sak.opprettet());
  }

  private static String navn(CompanionCase sak) {
    return sak.navn() == null ? null : sak.navn().fulltNavn();
  }

  private static String nameOf(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
