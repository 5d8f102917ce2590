package no.ledsagerbevis.caseletter.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import no.ledsagerbevis.caseletter.CaseAddress;
import no.ledsagerbevis.caseletter.CaseDetails;
import no.ledsagerbevis.caseletter.CasePage;
import no.ledsagerbevis.caseletter.CaseStatus;
import no.ledsagerbevis.caseletter.CompanionCase;
import no.ledsagerbevis.caseletter.PersonName;
import no.ledsagerbevis.caseletter.Vedtak;
import org.junit.jupiter.api.Test;

/** Spring MVC logs response bodies with toString() at debug level: no fødselsnummer, name, address or phone there. */
class CaseViewsLogTest {

  static final String FNR = "15838500002";

  @Test
  void pageAndDetailHidePersonalData() {
    CompanionCase sak = new CompanionCase("sak-1", "0301", "0301-avdeling-1", FNR, "91234567", 1,
        LocalDate.now().plusYears(2), "REF-1", CaseStatus.AKTIV, new PersonName("Kari", null, "Nordmann"),
        new CaseAddress("Storgata 1", null, null, "0155", "Oslo", null), false, Vedtak.INNVILGET, null, "per",
        LocalDate.now(), null, null, OffsetDateTime.now(ZoneOffset.UTC), "ina");

    String page = CaseViews.page(new CasePage(List.of(sak), 0, 20, 1)).toString();
    String detail = CaseViews.detail(new CaseDetails(sak, true, Optional.empty(), List.of())).toString();

    for (String text : List.of(page, detail)) {
      assertThat(text).contains("sak-1").doesNotContain(FNR).doesNotContain("Nordmann").doesNotContain("Storgata")
          .doesNotContain("91234567");
    }
  }
}
