package no.ledsagerbevis.fiks.svarut;

/** The statuses of a forsendelse, as SvarUt v2 names them. */
public enum SvarUtStatus {
  MOTTATT(false, false),
  AKSEPTERT(false, false),
  AVVIST(true, false),
  KLAR_FOR_MOTTAK(false, false),
  VARSLET(false, false),
  LEST(true, true),
  SENDT_DIGITALT(false, false),
  SENDT_SDP(false, false),
  LEVERT_SDP(true, true),
  SENDT_PRINT(false, false),
  PRINTET(true, true),
  MANUELT_HANDTERT(true, true),
  IKKE_LEVERT(true, false);

  private final boolean fin;
  private final boolean delivered;

  SvarUtStatus(boolean fin, boolean delivered) {
    this.fin = fin;
    this.delivered = delivered;
  }

  public boolean isFinal() {
    return fin;
  }

  public boolean isDelivered() {
    return delivered;
  }

  /** Null for null or a status this version does not know. */
  public static SvarUtStatus fraTekst(String status) {
    if (status == null) {
      return null;
    }
    for (SvarUtStatus s : values()) {
      if (s.name().equals(status)) {
        return s;
      }
    }
    return null;
  }
}
