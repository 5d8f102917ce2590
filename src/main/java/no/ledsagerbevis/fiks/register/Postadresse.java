package no.ledsagerbevis.fiks.register;

public record Postadresse(String adresselinje, String postnummer, String poststed) {

  @Override
  public String toString() {
    return "Postadresse[postnummer=" + postnummer + "]";
  }
}
