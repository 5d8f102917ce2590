package no.ledsagerbevis.caseletter;

import java.time.OffsetDateTime;

/** One entry of a case's history; {@code utfortAv} is a user id, or null for the system. */
public record CaseEvent(CaseEventType hendelse, OffsetDateTime tidspunkt, String utfortAv, String beskrivelse) {
}
