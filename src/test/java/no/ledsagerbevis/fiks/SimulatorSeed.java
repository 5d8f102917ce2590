package no.ledsagerbevis.fiks;

/** The simulator's seed data that tests (and other features) rely on; see docs/fiks.md. */
public final class SimulatorSeed {

  public static final String OSLO_FIKS_ORG_ID = "525fbe03-a761-43d6-99ad-53c8c2668033";
  public static final String OSLO_ORGANISASJONSNUMMER = "958935420";
  public static final String OSLO_KONTO_LEDSAGERBEVIS = "5cad9d80-4c7b-4c14-8669-3d0c1a8b79c4";
  public static final String OSLO_KONTO_POSTMOTTAK = "c0a0792c-9027-4ff0-b956-5b88b6baabed";
  public static final String BERGEN_FIKS_ORG_ID = "aea384a3-c301-44d6-853c-8461c7ec11c7";
  public static final String TONSBERG_FIKS_ORG_ID = "5606b34d-d0cf-4b20-be89-c9c4fd3f793c";

  /** Ugradert, address in Oslo, digital mailbox: letters end LEVERT_SDP. */
  public static final String KARI_DIGITAL = "15838500002";
  /** Strengt fortrolig, no address. */
  public static final String STRENGT_FORTROLIG = "15838500193";
  /** The configured undeliverable recipient: letters end IKKE_LEVERT. */
  public static final String IKKE_LEVERBAR = "15838500274";
  /** Ugradert, Bergen, no digital mailbox: letters go to print. */
  public static final String INGRID_PRINT = "15838500355";
  /** Fortrolig: the address is not returned by the client. */
  public static final String FORTROLIG = "15838500436";
  /** Valid mod-11, not in the register. */
  public static final String UKJENT = "01819000553";

  private SimulatorSeed() {
  }
}
