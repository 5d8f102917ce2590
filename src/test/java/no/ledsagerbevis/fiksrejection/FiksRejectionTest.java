package no.ledsagerbevis.fiksrejection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.ledsagerbevis.fiks.FiksClientException;
import no.ledsagerbevis.fiks.FiksUnavailableException;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.junit.jupiter.api.Test;

class FiksRejectionTest {

  @Test
  void aRejectionThatRetryingCannotFixIsTheBpmnErrorWithTheMessage() {
    assertThatThrownBy(() -> FiksRejection.orBpmnError(() -> {
      throw new FiksClientException(403, "INGEN_TILGANG", "Opprett rolle i Fiks register: Fiks avviste forespørselen (403)");
    })).isInstanceOfSatisfying(BpmnError.class, error -> {
      assertThat(error.getErrorCode()).isEqualTo(FiksRejection.ERROR_CODE);
      assertThat(error.getMessage()).startsWith("Opprett rolle i Fiks register: Fiks avviste forespørselen (403)");
    });
  }

  @Test
  void whatRetryingMayFixStaysWithTheJob() {
    FiksUnavailableException down = new FiksUnavailableException("Fiks svarte 503");
    assertThatThrownBy(() -> FiksRejection.orBpmnError(() -> {
      throw down;
    })).isSameAs(down);
  }

  @Test
  void aStepThatSucceedsReturnsItsResult() {
    assertThat(FiksRejection.orBpmnError(() -> "rolle-1")).isEqualTo("rolle-1");
  }
}
