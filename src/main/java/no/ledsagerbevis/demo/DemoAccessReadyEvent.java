package no.ledsagerbevis.demo;

/**
 * Published (profile {@code demo}) once municipality 0301 with its administrator and the groups
 * "Avdeling 1" and "Avdeling 2" and their users exist; demo data that needs them listens for it.
 */
public record DemoAccessReadyEvent(String kommunenummer, java.util.List<String> gruppeIder) {
}
