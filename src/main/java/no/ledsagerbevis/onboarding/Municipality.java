package no.ledsagerbevis.onboarding;

import java.time.OffsetDateTime;

/** A municipality that has started onboarding, with the Fiks identifiers found when it started. */
public record Municipality(String kommunenummer, String navn, String fiksOrgId, String organisasjonsnummer,
    OnboardingStatus status, String processInstanceId, OffsetDateTime opprettet, OffsetDateTime endret,
    OffsetDateTime aktivert) {
}
