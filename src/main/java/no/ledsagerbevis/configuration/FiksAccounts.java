package no.ledsagerbevis.configuration;

/**
 * The municipality's Fiks organisation and the accounts its cases use, apart from the settings a municipality
 * fills in: the chosen SvarUt account, and the register role, dokumentlager and varsling accounts the
 * configuration process created. An id is null until it exists.
 */
public record FiksAccounts(String kommunenummer, String fiksOrgId, String svarUtKontoId, String registerRolleId,
    String dokumentlagerKontoId, String varslingKontoId) {
}
