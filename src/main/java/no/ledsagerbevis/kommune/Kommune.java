package no.ledsagerbevis.kommune;

/**
 * One Norwegian municipality as SSB lists it (classification 131, "Standard for kommuneinndeling",
 * version valid from 2024-01-01). {@code navn} is SSB's name as given, Sami and Kven parallel names
 * included (e.g. "Kárášjohka - Karasjok"); {@code fylke} is the county's Norwegian name.
 */
public record Kommune(String kommunenummer, String navn, String fylkesnummer, String fylke) {
}
