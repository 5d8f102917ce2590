package no.ledsagerbevis.fiks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import no.ledsagerbevis.fiks.svarut.Fil;
import no.ledsagerbevis.fiks.svarut.Forsendelse;
import no.ledsagerbevis.fiks.svarut.ForsendelseStatus;
import no.ledsagerbevis.fiks.svarut.IdempotentSvarUtSender;
import no.ledsagerbevis.fiks.svarut.SvarUtClient;
import no.ledsagerbevis.fiks.varsling.Sms;
import org.junit.jupiter.api.Test;

/** Small pieces of the Fiks layer: masking, base URLs, statuses, the idempotent sender. */
class FiksSupportTest {

  @Test
  void masksEveryElevenDigitNumber() {
    assertThat(FiksErrors.mask("Ugyldig mottaker 15838500002 og 01819000049, orgnr 958935420"))
        .isEqualTo("Ugyldig mottaker 158385***** og 018190*****, orgnr 958935420");
  }

  @Test
  void configuredBaseUrlsLoseTheirTrailingSlashAndMustBeSet() {
    assertThat(FiksBaseUrls.configured(" https://svarut.ks.no/ ")).isEqualTo("https://svarut.ks.no");
    assertThatThrownBy(() -> FiksBaseUrls.configured(" ")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ledsagerbevis.fiks.*.base-url");
  }

  @Test
  void finalAndDeliveredStatuses() {
    assertThat(status("LEVERT_SDP").isDelivered()).isTrue();
    assertThat(status("PRINTET").isFinal()).isTrue();
    assertThat(status("IKKE_LEVERT").isFinal()).isTrue();
    assertThat(status("IKKE_LEVERT").isDelivered()).isFalse();
    assertThat(status("SENDT_PRINT").isFinal()).isFalse();
    assertThat(status("EN_NY_STATUS_FRA_KS").isFinal()).isFalse();
  }

  @Test
  void anSmsDoesNotShowItsFodselsnummer() {
    assertThat(new Sms("Hei", "15838500002", "91234567").toString()).doesNotContain("15838500002", "91234567");
  }

  @Test
  void sendOnceReusesAnExistingForsendelse() {
    SvarUtClient svarUt = mock(SvarUtClient.class);
    when(svarUt.finnForsendelseId("konto", "sak-1")).thenReturn(Optional.of("eksisterende"));

    String id = new IdempotentSvarUtSender(svarUt).sendOnce("konto", Forsendelse.builder().eksternReferanse("sak-1").build(), List.of());

    assertThat(id).isEqualTo("eksisterende");
    verify(svarUt, never()).send(any(), any(), any());
  }

  @Test
  void sendOnceSendsWhenNothingWasSentBefore() {
    SvarUtClient svarUt = mock(SvarUtClient.class);
    Forsendelse forsendelse = Forsendelse.builder().eksternReferanse("sak-2").build();
    List<Fil> filer = List.of();
    when(svarUt.finnForsendelseId("konto", "sak-2")).thenReturn(Optional.empty());
    when(svarUt.send("konto", forsendelse, filer)).thenReturn("ny");

    assertThat(new IdempotentSvarUtSender(svarUt).sendOnce("konto", forsendelse, filer)).isEqualTo("ny");
  }

  @Test
  void sendOnceNeedsAnExternalReference() {
    assertThatThrownBy(() -> new IdempotentSvarUtSender(mock(SvarUtClient.class)).sendOnce("konto", Forsendelse.builder().build(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static ForsendelseStatus status(String status) {
    return new ForsendelseStatus("id", status, null);
  }
}
