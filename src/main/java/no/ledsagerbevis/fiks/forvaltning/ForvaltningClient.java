package no.ledsagerbevis.fiks.forvaltning;

import java.util.List;
import java.util.Set;

/**
 * Fiks forvaltning: the municipality's organisation, which Fiks services it has, its SvarUt accounts, and
 * the register role, dokumentlager account and varsling account this service needs (created on demand).
 */
public interface ForvaltningClient {

  /** The organisation of a municipality; unknown kommunenummer: {@code FiksClientException} with status 404. */
  Organisasjon hentOrganisasjon(String kommunenummer);

  Set<FiksTjeneste> aktiveTjenester(String fiksOrgId);

  List<SvarUtKonto> svarUtKontoer(String fiksOrgId);

  /** Idempotent: an existing role is returned with {@code nyOpprettet=false}. */
  Ressurs opprettEllerHentRegisterRolle(String fiksOrgId);

  /** Idempotent: an existing account is returned with {@code nyOpprettet=false}. */
  Ressurs opprettEllerHentDokumentlagerKonto(String fiksOrgId);

  /** Idempotent: an existing account is returned with {@code nyOpprettet=false}. */
  Ressurs opprettEllerHentVarslingKonto(String fiksOrgId);

  /** What exists now, each {@code IKKE_OPPRETTET} with a null id when missing. Creates nothing. */
  RessursOversikt ressursStatus(String fiksOrgId);
}
