package no.ledsagerbevis.fiks.dokumentlager;

import java.time.Duration;

/** The {@code metadata} part of an upload; {@code ttl} null keeps the document until it is deleted. */
public record DokumentMetadata(String dokumentnavn, String mimetype, Duration ttl, boolean sikkerhetsnivaa4) {
}
