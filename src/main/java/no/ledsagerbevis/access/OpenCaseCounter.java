package no.ledsagerbevis.access;

/**
 * How many open cases a user group has; a group with open cases cannot be deleted. Implemented by the
 * case feature, which owns the cases (access does not read them).
 */
public interface OpenCaseCounter {

  long openCases(String gruppeId);
}
