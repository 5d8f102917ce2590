package no.ledsagerbevis.access;

/** A municipality that has taken the service into use, as {@code GET /api/v1/kommuner} lists it. */
public record AdministeredMunicipality(String kommunenummer, String kommunenavn) {
}
