package no.ledsagerbevis.letters;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a decision letter (vedtaksbrev) prints. Holds no full fødselsnummer: only the masked form
 * ({@code Fodselsnummer.masked()}, six digits and five stars).
 *
 * @param referansenummer  the municipality's own reference, or null
 * @param mottakerAdresse  the address lines; empty when the address is protected (only the name is printed)
 * @param utlopsdato       the certificate's expiry; required on approval, null on refusal
 * @param begrunnelse      the reasons; required on refusal, optional extra text on approval
 */
public record DecisionLetter(
    Spraak spraak,
    Vedtak vedtak,
    String kommunenavn,
    String saksId,
    String referansenummer,
    String mottakerNavn,
    List<String> mottakerAdresse,
    String maskertFnr,
    LocalDate vedtaksdato,
    int antallLedsagere,
    LocalDate utlopsdato,
    String begrunnelse,
    String saksbehandler,
    Footer footer) {

  private static final String MASKED_FNR = "\\d{6}\\*{5}";

  public DecisionLetter {
    Require.present(spraak, "spraak");
    Require.present(vedtak, "vedtak");
    Require.text(kommunenavn, "kommunenavn");
    Require.text(saksId, "saksId");
    Require.text(mottakerNavn, "mottakerNavn");
    Require.text(maskertFnr, "maskertFnr");
    if (!maskertFnr.matches(MASKED_FNR)) {
      throw new IllegalArgumentException("maskertFnr must be six digits and five stars, never the full number");
    }
    Require.present(vedtaksdato, "vedtaksdato");
    Require.text(saksbehandler, "saksbehandler");
    Require.present(footer, "footer");
    mottakerAdresse = mottakerAdresse == null ? List.of()
        : mottakerAdresse.stream().filter(line -> line != null && !line.isBlank()).toList();
    if (vedtak == Vedtak.INNVILGET) {
      if (antallLedsagere < 1 || antallLedsagere > 2) {
        throw new IllegalArgumentException("antallLedsagere must be 1 or 2 on approval");
      }
      Require.present(utlopsdato, "utlopsdato");
      if (utlopsdato.isBefore(vedtaksdato)) {
        throw new IllegalArgumentException("utlopsdato must not be before vedtaksdato");
      }
    } else {
      Require.text(begrunnelse, "begrunnelse");
    }
  }

  /** True when the register marks the address as protected: the letter prints only the name. */
  public boolean adresseBeskyttet() {
    return mottakerAdresse.isEmpty();
  }
}
