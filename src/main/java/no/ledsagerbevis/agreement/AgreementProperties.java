package no.ledsagerbevis.agreement;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ledsagerbevis.agreement.*}: the version of the tjenestebilag terms, and the service operator's
 * Fiks accounts that keep and send the signed copy. At signing time the municipality has not yet chosen
 * the SvarUt account of the service (K7), so the operator's accounts come first.
 *
 * @param versjon          printed on the tjenestebilag
 * @param svarutKontoId    the operator's SvarUt account; blank: the municipality's first active account
 * @param dokumentlager    the operator's dokumentlager organisation and account; blank: the
 *                         municipality's own dokumentlager account (created or reused)
 */
@ConfigurationProperties(prefix = "ledsagerbevis.agreement")
public record AgreementProperties(String versjon, String svarutKontoId, Dokumentlager dokumentlager) {

  public AgreementProperties {
    versjon = versjon == null || versjon.isBlank() ? "1.0" : versjon;
    dokumentlager = dokumentlager == null ? new Dokumentlager(null, null) : dokumentlager;
  }

  /** Where the signed tjenestebilag is kept. */
  public record Dokumentlager(String fiksOrgId, String kontoId) {
  }
}
