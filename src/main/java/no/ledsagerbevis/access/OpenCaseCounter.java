package no.ledsagerbevis.access;

/**
 * How many open cases a user group has; a group with open cases cannot be deleted. The case feature
 * may provide its own bean; without one, {@link ProcessInstanceOpenCaseCounter} is used.
 */
public interface OpenCaseCounter {

  long openCases(String gruppeId);
}
