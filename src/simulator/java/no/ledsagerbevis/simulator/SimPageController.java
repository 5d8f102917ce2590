package no.ledsagerbevis.simulator;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/** The simulator page: what Fiks has received (letters with their PDFs, SMS, documents) and demo controls. */
@RestController
@ConditionalOnSimulator
class SimPageController {

  private static final DateTimeFormatter TID = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").withZone(ZoneId.of("Europe/Oslo"));

  private final SimOversikt oversikt;
  private final SimPersoner personer;

  SimPageController(SimOversikt oversikt, SimPersoner personer) {
    this.oversikt = oversikt;
    this.personer = personer;
  }

  @GetMapping(path = {"/fiks-simulator", "/fiks-simulator/"}, produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  String side() {
    String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    StringBuilder html = new StringBuilder(8192);
    html.append("<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\"><title>Fiks-simulator</title>")
        .append("<style>body{font-family:sans-serif;margin:1.5em;}table{border-collapse:collapse;margin-bottom:2em;}")
        .append("th,td{border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top;}th{background:#eee;}")
        .append("form{display:inline;}code{font-size:90%;}</style></head><body>")
        .append("<h1>Fiks-simulator</h1><p>Den innebygde simulatoren av Fiks-plattformen (SvarUt, folkeregister, ")
        .append("dokumentlager, varsling og forvaltning). Alle personer er syntetiske. Slås av i produksjon.</p>")
        .append("<form method=\"post\" action=\"/fiks-simulator/api/reset\"><button>Tilbakestill simulatoren</button></form>");
    kommuner(html);
    forsendelser(html, oversikt.forsendelser(base));
    sms(html, oversikt.sms());
    dokumenter(html, oversikt.dokumenter(base));
    personer(html);
    return html.append("</body></html>").toString();
  }

  private void kommuner(StringBuilder html) {
    html.append("<h2>Kommuner</h2><table><tr><th>Kommune</th><th>Organisasjonsnummer</th><th>fiksOrgId</th>")
        .append("<th>Aktive tjenester</th><th>SvarUt-kontoer</th><th>Opprettede ressurser</th></tr>");
    for (SimOversikt.Kommune k : oversikt.kommuner()) {
      html.append("<tr><td>").append(e(k.kommunenummer() + " " + k.navn())).append("</td><td>").append(e(k.organisasjonsnummer()))
          .append("</td><td><code>").append(e(k.fiksOrgId())).append("</code></td><td>");
      for (String tjeneste : List.of("SVARUT", "REGISTER", "DOKUMENTLAGER")) {
        if (k.aktiveTjenester().contains(tjeneste)) {
          html.append(tjeneste).append(" ✔<br>");
        } else {
          html.append("<form method=\"post\" action=\"/fiks-simulator/api/kommuner/").append(e(k.kommunenummer()))
              .append("/tjenester/").append(tjeneste).append("/aktiver\"><button>Aktiver ").append(tjeneste)
              .append("</button></form><br>");
        }
      }
      html.append("</td><td>");
      for (SimOversikt.Konto konto : k.svarUtKontoer()) {
        html.append(e(konto.navn())).append(konto.aktiv() ? "" : " (inaktiv)").append("<br><code>").append(e(konto.kontoId()))
            .append("</code><br>");
      }
      html.append("</td><td>")
          .append("Rolle i register: ").append(ressurs(k.ressurser().rolle())).append("<br>")
          .append("Dokumentlager-konto: ").append(ressurs(k.ressurser().dokumentlagerKonto())).append("<br>")
          .append("Varslingskonto: ").append(ressurs(k.ressurser().varslingKonto()))
          .append("</td></tr>");
    }
    html.append("</table>");
  }

  private static void forsendelser(StringBuilder html, List<SimOversikt.Forsendelse> forsendelser) {
    html.append("<h2>Mottatte forsendelser (SvarUt)</h2>");
    if (forsendelser.isEmpty()) {
      html.append("<p>Ingen forsendelser ennå.</p>");
      return;
    }
    html.append("<table><tr><th>Mottatt</th><th>Tittel</th><th>Ekstern referanse</th><th>Mottaker</th>")
        .append("<th>Status</th><th>Dokumenter</th><th>Konto</th></tr>");
    for (SimOversikt.Forsendelse f : forsendelser) {
      html.append("<tr><td>").append(tid(f.mottatt())).append("</td><td>").append(e(f.tittel())).append("</td><td>")
          .append(e(f.eksternReferanse())).append("</td><td>").append(e(f.mottaker().navn())).append("<br><code>")
          .append(e(f.mottaker().digitalId())).append("</code></td><td>").append(e(f.status())).append("<br><small>")
          .append(tid(f.sisteStatusEndring())).append("</small></td><td>");
      for (SimOversikt.Fil fil : f.dokumenter()) {
        html.append("<a href=\"").append(e(fil.url())).append("\" target=\"_blank\">").append(e(fil.filnavn())).append("</a><br>");
      }
      html.append("</td><td><code>").append(e(f.kontoId())).append("</code></td></tr>");
    }
    html.append("</table>");
  }

  private static void sms(StringBuilder html, List<SimOversikt.Sms> smser) {
    html.append("<h2>SMS (Fiks varsling)</h2>");
    if (smser.isEmpty()) {
      html.append("<p>Ingen SMS ennå.</p>");
      return;
    }
    html.append("<table><tr><th>Opprettet</th><th>Telefonnummer</th><th>Fødselsnummer</th><th>Tekst</th><th>Status</th></tr>");
    for (SimOversikt.Sms s : smser) {
      html.append("<tr><td>").append(tid(s.opprettet())).append("</td><td>").append(e(s.telefonnummer())).append("</td><td>")
          .append(e(s.fnr())).append("</td><td>").append(e(s.tekst()).replace("\n", "<br>")).append("</td><td>")
          .append(e(s.status())).append("</td></tr>");
    }
    html.append("</table>");
  }

  private static void dokumenter(StringBuilder html, List<SimOversikt.Dokument> dokumenter) {
    html.append("<h2>Dokumentlager</h2>");
    if (dokumenter.isEmpty()) {
      html.append("<p>Ingen dokumenter ennå.</p>");
      return;
    }
    html.append("<table><tr><th>Lastet opp</th><th>Dokument</th><th>Type</th><th>Konto</th></tr>");
    for (SimOversikt.Dokument d : dokumenter) {
      html.append("<tr><td>").append(tid(d.opprettet())).append("</td><td><a href=\"").append(e(d.url()))
          .append("\" target=\"_blank\">").append(e(d.dokumentnavn())).append("</a></td><td>").append(e(d.mimetype()))
          .append("</td><td><code>").append(e(d.kontoId())).append("</code></td></tr>");
    }
    html.append("</table>");
  }

  private void personer(StringBuilder html) {
    html.append("<h2>Personer i folkeregisteret (syntetiske)</h2><table><tr><th>Fødselsnummer</th><th>Navn</th>")
        .append("<th>Adresse</th><th>Adressebeskyttelse</th><th>Digital postkasse</th></tr>");
    for (SimPersoner.Person p : personer.alle()) {
      String adresse = p.adressenavn() == null ? "(ingen)" : p.adressenavn() + " " + (p.husnummer() == null ? "" : p.husnummer())
          + (p.husbokstav() == null ? "" : p.husbokstav()) + ", " + p.postnummer() + " " + p.poststed();
      html.append("<tr><td>").append(e(p.fnr())).append("</td><td>")
          .append(e(String.join(" ", p.fornavn(), p.mellomnavn() == null ? "" : p.mellomnavn(), p.etternavn()).replace("  ", " ")))
          .append("</td><td>").append(e(adresse)).append("</td><td>").append(e(p.adressebeskyttelse())).append("</td><td>")
          .append(p.digitalPostkasse() ? "ja" : "nei").append("</td></tr>");
    }
    html.append("</table><p>Et gyldig fødselsnummer som ikke finnes i registeret: 01819000553.</p>");
  }

  private static String ressurs(String id) {
    return id == null ? "IKKE_OPPRETTET" : "<code>" + e(id) + "</code>";
  }

  private static String tid(OffsetDateTime tid) {
    return tid == null ? "" : TID.format(tid);
  }

  private static String e(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
