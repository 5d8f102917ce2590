package no.ledsagerbevis.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ledsagerbevis.validation.Fodselsnummer;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Simulated folkeregister behind Fiks register, answering in Skatteetaten's shape (lists of elements with
 * {@code erGjeldende}). The role must exist; a strictly confidential address is never returned.
 */
@RestController
@ConditionalOnSimulator
class SimFolkeregisterController {

  private static final Set<String> PARTER = Set.of("navn", "bostedsadresse", "adressebeskyttelse", "identifikasjonsnummer");

  private final SimOrganisasjoner organisasjoner;
  private final SimPersoner personer;

  SimFolkeregisterController(SimOrganisasjoner organisasjoner, SimPersoner personer) {
    this.organisasjoner = organisasjoner;
    this.personer = personer;
  }

  @GetMapping("/fiks-simulator/folkeregister/api/v1/{rolleId}/v1/personer/{fnr}")
  Map<String, Object> person(@PathVariable String rolleId, @PathVariable String fnr,
      @RequestParam(name = "part", required = false) List<String> parter) {
    boolean rolle = organisasjoner.ressursMedId(rolleId)
        .filter(r -> r.type().equals(RessursType.REGISTERROLLE.name()))
        .filter(r -> organisasjoner.tjenester(r.fiksOrgId()).contains("REGISTER"))
        .isPresent();
    if (!rolle) {
      throw SimulatorException.forbidden("INGEN_TILGANG", "Rollen finnes ikke eller har ikke tilgang til folkeregisteret.");
    }
    if (!Fodselsnummer.isValid(fnr)) {
      throw new SimulatorException(HttpStatus.BAD_REQUEST, "UGYLDIG_IDENTIFIKATOR", "Ugyldig fødselsnummer eller d-nummer.");
    }
    List<String> ønsket = parter == null ? List.of() : parter.stream()
        .flatMap(p -> List.of(p.split(",")).stream()).map(String::trim).filter(p -> !p.isEmpty()).toList();
    if (ønsket.isEmpty() || !PARTER.containsAll(ønsket)) {
      throw new SimulatorException(HttpStatus.BAD_REQUEST, "UGYLDIG_PART",
          "Oppgi part (én eller flere av " + String.join(", ", PARTER.stream().sorted().toList()) + ").");
    }
    SimPersoner.Person person = personer.person(fnr).orElseThrow(() -> SimulatorException.notFound(
        "PERSON_FINNES_IKKE", "Fant ingen person med denne identifikatoren."));
    Map<String, Object> svar = new LinkedHashMap<>();
    if (ønsket.contains("identifikasjonsnummer")) {
      svar.put("identifikasjonsnummer", List.of(Map.of("foedselsEllerDNummer", person.fnr(),
          "identifikatortype", "foedselsnummer", "status", "iBruk", "erGjeldende", true)));
    }
    if (ønsket.contains("navn")) {
      Map<String, Object> navn = new LinkedHashMap<>();
      navn.put("erGjeldende", true);
      navn.put("fornavn", person.fornavn());
      if (person.mellomnavn() != null) {
        navn.put("mellomnavn", person.mellomnavn());
      }
      navn.put("etternavn", person.etternavn());
      svar.put("navn", List.of(navn));
    }
    if (ønsket.contains("adressebeskyttelse")) {
      svar.put("adressebeskyttelse", List.of(Map.of("erGjeldende", true,
          "graderingsnivaa", gradering(person.adressebeskyttelse()))));
    }
    if (ønsket.contains("bostedsadresse")) {
      svar.put("bostedsadresse", bostedsadresse(person));
    }
    return svar;
  }

  private static List<Map<String, Object>> bostedsadresse(SimPersoner.Person person) {
    List<Map<String, Object>> adresser = new ArrayList<>();
    if (person.adressenavn() == null || person.adressebeskyttelse().startsWith("STRENGT_FORTROLIG")) {
      return adresser;
    }
    Map<String, Object> nummer = new LinkedHashMap<>();
    if (person.husnummer() != null) {
      nummer.put("husnummer", person.husnummer());
    }
    if (person.husbokstav() != null) {
      nummer.put("husbokstav", person.husbokstav());
    }
    Map<String, Object> vegadresse = new LinkedHashMap<>();
    vegadresse.put("adressenavn", person.adressenavn());
    vegadresse.put("adressenummer", nummer);
    vegadresse.put("kommunenummer", person.kommunenummer());
    vegadresse.put("poststed", Map.of("poststedsnavn", person.poststed(), "postnummer", person.postnummer()));
    adresser.add(Map.of("erGjeldende", true, "adressegradering", gradering(person.adressebeskyttelse()),
        "vegadresse", vegadresse));
    return adresser;
  }

  private static String gradering(String adressebeskyttelse) {
    return switch (adressebeskyttelse) {
      case "FORTROLIG" -> "fortrolig";
      case "STRENGT_FORTROLIG" -> "strengtFortrolig";
      case "STRENGT_FORTROLIG_UTLAND" -> "strengtFortroligUtland";
      default -> "ugradert";
    };
  }
}
