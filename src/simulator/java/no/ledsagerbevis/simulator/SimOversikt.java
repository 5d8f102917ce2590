package no.ledsagerbevis.simulator;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** What the simulator has received and created, for its page and its JSON endpoints. */
@Service
@ConditionalOnSimulator
class SimOversikt {

  record Mottaker(String digitalId, String navn) {
  }

  record Fil(String filnavn, String mimeType, String url) {
  }

  record Forsendelse(String id, String kontoId, String tittel, String eksternReferanse, String status,
      OffsetDateTime sisteStatusEndring, OffsetDateTime mottatt, Mottaker mottaker, List<Fil> dokumenter) {
  }

  record Sms(String id, String kontoId, String fnr, String telefonnummer, String tekst, String status, OffsetDateTime opprettet) {
  }

  record Dokument(String id, String fiksOrgId, String kontoId, String dokumentnavn, String mimetype,
      OffsetDateTime opprettet, String url) {
  }

  record Konto(String kontoId, String navn, boolean aktiv) {
  }

  record Ressurser(String rolle, String dokumentlagerKonto, String varslingKonto) {
  }

  record Kommune(String kommunenummer, String navn, String organisasjonsnummer, String fiksOrgId,
      Set<String> aktiveTjenester, List<Konto> svarUtKontoer, Ressurser ressurser) {
  }

  private final SimForsendelser forsendelser;
  private final SimSvarUt svarUt;
  private final SimSmser smser;
  private final SimDokumenter dokumenter;
  private final SimOrganisasjoner organisasjoner;

  SimOversikt(SimForsendelser forsendelser, SimSvarUt svarUt, SimSmser smser, SimDokumenter dokumenter,
      SimOrganisasjoner organisasjoner) {
    this.forsendelser = forsendelser;
    this.svarUt = svarUt;
    this.smser = smser;
    this.dokumenter = dokumenter;
    this.organisasjoner = organisasjoner;
  }

  /** {@code base}: the app's URL, so that document links can be opened from anywhere. */
  List<Forsendelse> forsendelser(String base) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Map<String, List<SimForsendelser.Dokument>> filer = forsendelser.dokumenter().stream()
        .collect(Collectors.groupingBy(SimForsendelser.Dokument::forsendelseId));
    return forsendelser.alle().stream().map(f -> {
      StatusPlan.Current status = svarUt.naa(f, now);
      List<Fil> vedlegg = filer.getOrDefault(f.id(), List.of()).stream()
          .map(d -> new Fil(d.filnavn(), d.mimeType(), base + "/fiks-simulator/svarut/forsendelser/" + f.id() + "/dokumenter/" + d.nr()))
          .toList();
      return new Forsendelse(f.id(), f.kontoId(), f.tittel(), f.eksternReferanse(), status.status(),
          status.sisteStatusEndring(), f.mottatt(), new Mottaker(f.mottakerDigitalId(), f.mottakerNavn()), vedlegg);
    }).toList();
  }

  List<Sms> sms() {
    return smser.alle().stream()
        .map(s -> new Sms(s.id(), s.kontoId(), s.fnr(), s.telefonnummer(), s.tekst(), smser.status(s), s.opprettet()))
        .toList();
  }

  List<Dokument> dokumenter(String base) {
    return dokumenter.alle().stream()
        .map(d -> new Dokument(d.id(), d.fiksOrgId(), d.kontoId(), d.dokumentnavn(), d.mimetype(), d.opprettet(),
            base + "/fiks-simulator/api/dokumentlager/dokumenter/" + d.id() + "/innhold"))
        .toList();
  }

  List<Kommune> kommuner() {
    return organisasjoner.kommuner().stream().map(k -> new Kommune(k.kommunenummer(), k.navn(), k.organisasjonsnummer(),
        k.fiksOrgId(), organisasjoner.tjenester(k.fiksOrgId()),
        organisasjoner.svarUtKontoer(k.fiksOrgId()).stream().map(a -> new Konto(a.kontoId(), a.navn(), a.aktiv())).toList(),
        new Ressurser(ressurs(k.fiksOrgId(), RessursType.REGISTERROLLE), ressurs(k.fiksOrgId(), RessursType.DOKUMENTLAGERKONTO),
            ressurs(k.fiksOrgId(), RessursType.VARSLINGKONTO))))
        .toList();
  }

  private String ressurs(String fiksOrgId, RessursType type) {
    return organisasjoner.ressurs(fiksOrgId, type.name()).map(SimOrganisasjoner.Ressurs::id).orElse(null);
  }
}
