package no.ledsagerbevis.letters;

/**
 * The municipality's contact details printed at the bottom of every page of a decision letter
 * (K8): postal address and phone, as entered in the configuration.
 */
public record Footer(String postadressenavn, String postnummer, String poststed, String telefon) {

  public Footer {
    Require.text(postadressenavn, "footer.postadressenavn");
    Require.text(postnummer, "footer.postnummer");
    Require.text(poststed, "footer.poststed");
    Require.text(telefon, "footer.telefon");
  }
}
