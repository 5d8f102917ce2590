package no.ledsagerbevis.configuration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import no.ledsagerbevis.fiks.forvaltning.SvarUtKonto;

/**
 * The process variable {@code svarUtKontoer}: the accounts as the options of the form's select
 * (form-js {@code valuesKey}), {@code [{"label": "Navn (kontoId)", "value": "kontoId"}]}.
 */
final class SvarUtKontoOptions {

  static final String VARIABLE = ConfigurationProcess.SVARUT_KONTOER;

  private static final ObjectMapper JSON = new ObjectMapper();

  private SvarUtKontoOptions() {
  }

  record Option(String label, String value) {
  }

  static String toJson(List<SvarUtKonto> kontoer) {
    List<Option> options = kontoer.stream()
        .map(konto -> new Option(konto.navn() + " (" + konto.kontoId() + ")", konto.kontoId()))
        .toList();
    try {
      return JSON.writeValueAsString(options);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The account ids offered in the form; empty when the variable is missing. */
  static List<String> values(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try {
      return JSON.readValue(json, new TypeReference<List<Map<String, Object>>>() { }).stream()
          .map(option -> String.valueOf(option.get("value")))
          .toList();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The variable " + VARIABLE + " is not the expected JSON list", e);
    }
  }
}
