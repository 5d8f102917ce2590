package no.ledsagerbevis.fiks.svarut;

import java.util.ArrayList;
import java.util.List;

/** SvarUt's {@code Forsendelse} (the JSON part of a send), with the fields this service uses. */
public record Forsendelse(
    String tittel,
    Mottaker mottaker,
    String avgivendeSystem,
    String eksternReferanse,
    boolean kunDigitalLevering,
    boolean taushetsbelagtPost,
    boolean krevNiva4Innlogging,
    List<Dokument> dokumenter) {

  public static final String AVGIVENDE_SYSTEM = "Digitalt ledsagerbevis";

  public Forsendelse {
    dokumenter = dokumenter == null ? List.of() : List.copyOf(dokumenter);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder {
    private String tittel;
    private Mottaker mottaker;
    private String avgivendeSystem = AVGIVENDE_SYSTEM;
    private String eksternReferanse;
    private boolean kunDigitalLevering;
    private boolean taushetsbelagtPost;
    private boolean krevNiva4Innlogging;
    private final List<Dokument> dokumenter = new ArrayList<>();

    private Builder() {
    }

    public Builder tittel(String tittel) {
      this.tittel = tittel;
      return this;
    }

    public Builder mottaker(Mottaker mottaker) {
      this.mottaker = mottaker;
      return this;
    }

    public Builder avgivendeSystem(String avgivendeSystem) {
      this.avgivendeSystem = avgivendeSystem;
      return this;
    }

    public Builder eksternReferanse(String eksternReferanse) {
      this.eksternReferanse = eksternReferanse;
      return this;
    }

    public Builder kunDigitalLevering(boolean kunDigitalLevering) {
      this.kunDigitalLevering = kunDigitalLevering;
      return this;
    }

    public Builder taushetsbelagtPost(boolean taushetsbelagtPost) {
      this.taushetsbelagtPost = taushetsbelagtPost;
      return this;
    }

    public Builder krevNiva4Innlogging(boolean krevNiva4Innlogging) {
      this.krevNiva4Innlogging = krevNiva4Innlogging;
      return this;
    }

    public Builder dokument(Dokument dokument) {
      this.dokumenter.add(dokument);
      return this;
    }

    public Forsendelse build() {
      return new Forsendelse(tittel, mottaker, avgivendeSystem, eksternReferanse, kunDigitalLevering,
          taushetsbelagtPost, krevNiva4Innlogging, dokumenter);
    }
  }
}
