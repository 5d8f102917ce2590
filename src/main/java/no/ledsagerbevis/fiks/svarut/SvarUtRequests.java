package no.ledsagerbevis.fiks.svarut;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.http.MediaType;

/** The JSON bodies of SvarUt v2 as KS names them. */
final class SvarUtRequests {

  static final MediaType JSON_UTF8 = MediaType.parseMediaType("application/json;charset=UTF-8");

  private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

  private SvarUtRequests() {
  }

  /** The {@code forsendelse} part; fields without a value are left out rather than sent as null. */
  static byte[] forsendelseJson(Forsendelse forsendelse) {
    try {
      return JSON.writeValueAsBytes(forsendelse);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write the forsendelse as JSON", e);
    }
  }

  /** SvarUt pairs file parts with {@code dokumenter} by position and filename; a mismatch is our bug. */
  static void checkFilesMatchDocuments(Forsendelse forsendelse, List<Fil> filer) {
    List<Dokument> dokumenter = forsendelse.dokumenter();
    if (dokumenter.size() != filer.size()) {
      throw new IllegalArgumentException("The forsendelse lists " + dokumenter.size() + " documents but "
          + filer.size() + " files were given");
    }
    for (int i = 0; i < dokumenter.size(); i++) {
      if (!dokumenter.get(i).filnavn().equals(filer.get(i).filnavn())) {
        throw new IllegalArgumentException("File " + (i + 1) + " is named " + filer.get(i).filnavn()
            + " but dokumenter[" + i + "].filnavn is " + dokumenter.get(i).filnavn());
      }
    }
  }

  record IdResponse(String id) {
  }

  record StatusResponse(List<ForsendelseStatus> statuser) {
  }

  record EksternRefResponse(List<String> forsendelseIds) {
  }
}
