package no.ledsagerbevis.fiks.register;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import no.ledsagerbevis.fiks.FiksClientException;
import no.ledsagerbevis.fiks.FiksHost;
import no.ledsagerbevis.fiks.FiksHttp;
import no.ledsagerbevis.fiks.FiksUnavailableException;
import no.ledsagerbevis.validation.Fodselsnummer;
import org.springframework.stereotype.Component;

/**
 * The folkeregister through Fiks register: {@code GET /folkeregister/api/v1/{rolleId}/v1/personer/{fnr}}
 * with the parts name, residential address and address protection, in Skatteetaten's format.
 */
@Component
public class HttpFolkeregisterClient implements FolkeregisterClient {

  static final String PERSON = "/folkeregister/api/v1/{rolleId}/v1/personer/{fnr}"
      + "?part=navn&part=bostedsadresse&part=adressebeskyttelse";

  private final FiksHttp http;

  public HttpFolkeregisterClient(FiksHttp http) {
    this.http = http;
  }

  @Override
  public Optional<Person> hentPerson(String rolleId, Fodselsnummer fnr) {
    JsonNode person;
    try {
      person = http.call("Slå opp person i folkeregisteret", () -> http.client(FiksHost.API).get()
          .uri(http.uri(FiksHost.API, PERSON, rolleId, fnr.value()))
          .retrieve()
          .body(JsonNode.class));
    } catch (FiksClientException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
    if (person == null || !person.isObject()) {
      throw new FiksUnavailableException("Slå opp person i folkeregisteret: svaret er ikke en person");
    }
    return Optional.of(FregPerson.read(person));
  }
}
