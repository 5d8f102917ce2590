package no.ledsagerbevis.configuration;

import java.time.OffsetDateTime;

/** One entry of the audit trail: who changed which field of a municipality's settings, when, from what to what. */
public record SettingsChange(
    String kommunenummer,
    OffsetDateTime tidspunkt,
    String endretAv,
    ChangeSource kilde,
    String felt,
    String gammelVerdi,
    String nyVerdi) {
}
