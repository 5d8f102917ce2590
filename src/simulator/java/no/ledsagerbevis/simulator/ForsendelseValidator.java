package no.ledsagerbevis.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import no.ledsagerbevis.validation.Fodselsnummer;

/**
 * The checks SvarUt makes on a send, from the v2 spec ({@code Forsendelse}, {@code Adresse}, {@code Dokument})
 * and KS's send documentation: required fields, maximum lengths, file parts in the order and with the names
 * of {@code dokumenter[].filnavn}, a valid digitalId, a postal address and PDFs when it may go to print.
 * Messages never repeat a fødselsnummer.
 */
final class ForsendelseValidator {

  record Feil(String felt, String melding) {
  }

  record Filpart(String filnavn, String mimeType, byte[] innhold) {
  }

  private static final Pattern FORBUDTE_TEGN = Pattern.compile("[*:\"\\\\/<>|?]");
  private static final Pattern KONTERINGSKODE = Pattern.compile("^[a-zA-Z0-9_\\-.øæåØÆÅ]{0,20}$");

  private ForsendelseValidator() {
  }

  static List<Feil> valider(JsonNode forsendelse, List<Filpart> filer) {
    List<Feil> feil = new ArrayList<>();
    if (forsendelse == null || !forsendelse.isObject()) {
      feil.add(new Feil("forsendelse", "Første del må hete «forsendelse» og inneholde et JSON-objekt."));
      return feil;
    }
    String tittel = text(forsendelse, "tittel");
    påkrevd(feil, "tittel", tittel);
    maks(feil, "tittel", tittel, 1000);
    maks(feil, "avgivendeSystem", text(forsendelse, "avgivendeSystem"), 100);
    maks(feil, "eksternReferanse", text(forsendelse, "eksternReferanse"), 100);
    maks(feil, "korrelasjonsid", text(forsendelse, "korrelasjonsid"), 100);
    maks(feil, "forsendelsestype", text(forsendelse, "forsendelsestype"), 100);
    String kontering = text(forsendelse, "konteringskode");
    if (kontering != null && !KONTERINGSKODE.matcher(kontering).matches()) {
      feil.add(new Feil("konteringskode", "konteringskode kan ha høyst 20 tegn: bokstaver, siffer, _ - og punktum."));
    }
    boolean kunDigital = forsendelse.path("kunDigitalLevering").asBoolean(false);
    mottaker(feil, forsendelse.get("mottaker"), kunDigital);
    dokumenter(feil, forsendelse.get("dokumenter"), filer, kunDigital);
    return feil;
  }

  private static void mottaker(List<Feil> feil, JsonNode mottaker, boolean kunDigital) {
    if (mottaker == null || !mottaker.isObject()) {
      feil.add(new Feil("mottaker", "mottaker må fylles ut."));
      return;
    }
    påkrevd(feil, "mottaker.navn", text(mottaker, "navn"));
    String digitalId = text(mottaker, "digitalId");
    if (digitalId == null) {
      if (kunDigital) {
        feil.add(new Feil("mottaker.digitalId", "mottaker.digitalId er påkrevd ved kun digital levering."));
      }
    } else if (!Fodselsnummer.isValid(digitalId) && !erOrganisasjonsnummer(digitalId)) {
      feil.add(new Feil("mottaker.digitalId", "mottaker.digitalId er verken et gyldig fødselsnummer (11 siffer) "
          + "eller et gyldig organisasjonsnummer (9 siffer)."));
    }
    if (!kunDigital) {
      påkrevd(feil, "mottaker.poststed", text(mottaker, "poststed"));
      String land = text(mottaker, "land");
      boolean norsk = land == null || land.equalsIgnoreCase("Norge") || land.equalsIgnoreCase("NO") || land.equalsIgnoreCase("NOR");
      String postnummer = text(mottaker, "postnummer");
      if (norsk && (postnummer == null || !postnummer.matches("\\d{4}"))) {
        feil.add(new Feil("mottaker.postnummer", "mottaker.postnummer (4 siffer) er påkrevd når forsendelsen kan gå til print."));
      }
    }
  }

  private static void dokumenter(List<Feil> feil, JsonNode dokumenter, List<Filpart> filer, boolean kunDigital) {
    if (dokumenter == null || !dokumenter.isArray() || dokumenter.isEmpty()) {
      feil.add(new Feil("dokumenter", "Forsendelsen må ha minst ett dokument."));
      return;
    }
    if (dokumenter.size() != filer.size()) {
      feil.add(new Feil("dokumenter", "dokumenter har " + dokumenter.size() + " oppføringer, men forespørselen har "
          + filer.size() + " fildeler."));
    }
    Set<String> navn = new HashSet<>();
    for (int i = 0; i < dokumenter.size(); i++) {
      JsonNode dokument = dokumenter.get(i);
      String felt = "dokumenter[" + i + "]";
      String filnavn = text(dokument, "filnavn");
      String mimeType = text(dokument, "mimeType");
      påkrevd(feil, felt + ".filnavn", filnavn);
      påkrevd(feil, felt + ".mimeType", mimeType);
      maks(feil, felt + ".filnavn", filnavn, 226);
      if (filnavn != null && FORBUDTE_TEGN.matcher(filnavn).find()) {
        feil.add(new Feil(felt + ".filnavn", felt + ".filnavn kan ikke inneholde * : \" \\ / < > | ?"));
      }
      if (filnavn != null && !navn.add(filnavn)) {
        feil.add(new Feil(felt + ".filnavn", "Filnavnet " + filnavn + " er brukt mer enn én gang i forsendelsen."));
      }
      boolean ekskludert = dokument.path("skalEkskluderesFraUtskrift").asBoolean(false);
      if (!kunDigital && !ekskludert && mimeType != null && !mimeType.equalsIgnoreCase("application/pdf")) {
        feil.add(new Feil(felt + ".mimeType", "Bare application/pdf kan skrives ut. Merk forsendelsen som kun digital "
            + "eller dokumentet som ekskludert fra utskrift."));
      }
      if (i < filer.size()) {
        Filpart fil = filer.get(i);
        if (filnavn != null && !filnavn.equals(fil.filnavn())) {
          feil.add(new Feil(felt, "Fildel " + (i + 1) + " heter «" + fil.filnavn() + "», men " + felt + ".filnavn er «"
              + filnavn + "». Filene må komme i samme rekkefølge og med samme navn som i dokumenter."));
        }
        if (fil.innhold().length == 0) {
          feil.add(new Feil(felt, "Filen " + fil.filnavn() + " er tom."));
        } else if ("application/pdf".equalsIgnoreCase(mimeType) && !erPdf(fil.innhold())) {
          feil.add(new Feil(felt, "Filen " + fil.filnavn() + " er oppgitt som application/pdf, men er ikke en PDF."));
        }
      }
    }
  }

  static boolean erOrganisasjonsnummer(String value) {
    if (value == null || !value.matches("\\d{9}")) {
      return false;
    }
    int[] vekter = {3, 2, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (int i = 0; i < vekter.length; i++) {
      sum += vekter[i] * (value.charAt(i) - '0');
    }
    int kontroll = 11 - (sum % 11);
    kontroll = kontroll == 11 ? 0 : kontroll;
    return kontroll != 10 && kontroll == value.charAt(8) - '0';
  }

  private static boolean erPdf(byte[] innhold) {
    return innhold.length >= 5 && new String(innhold, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
  }

  private static void påkrevd(List<Feil> feil, String felt, String verdi) {
    if (verdi == null) {
      feil.add(new Feil(felt, felt + " må fylles ut."));
    }
  }

  private static void maks(List<Feil> feil, String felt, String verdi, int maks) {
    if (verdi != null && verdi.length() > maks) {
      feil.add(new Feil(felt, felt + " kan ha høyst " + maks + " tegn."));
    }
  }

  static String text(JsonNode node, String felt) {
    JsonNode value = node == null ? null : node.get(felt);
    return value == null || value.isNull() || !value.isValueNode() || value.asText().isBlank() ? null : value.asText();
  }
}
