package no.ledsagerbevis.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import no.ledsagerbevis.caseletter.CaseTestCases;
import no.ledsagerbevis.support.Http;

/**
 * Cases as the demo's case handlers make them: {@code ina} (Avdeling 1) or {@code kari} (Avdeling 2) creates the
 * case with its photo over our API, waits for «Vurder søknad» and approves it through engine-rest. Several
 * cases at a time, like a busy office.
 */
final class CaseLoad {

  static final String KOMMUNE = "0301";
  static final String DEMO_PASSORD = "demo";

  /** One case handler on one node. */
  record Handler(String user, String gruppeId, Http http) {

    static Handler ina(AppNode node) {
      return new Handler("ina", KOMMUNE + "-avdeling-1", node.http().as("ina", DEMO_PASSORD));
    }

    static Handler kari(AppNode node) {
      return new Handler("kari", KOMMUNE + "-avdeling-2", node.http().as("kari", DEMO_PASSORD));
    }

    String saker() {
      return "/api/v1/kommuner/" + KOMMUNE + "/grupper/" + gruppeId + "/saker";
    }
  }

  private CaseLoad() {
  }

  /** Creates a case for each fødselsnummer, {@code creator.apply(i)} for the i-th; returns the saksIds in order. */
  static List<String> create(List<String> fnrs, IntFunction<Handler> creator) {
    return inParallel(fnrs.size(), i -> {
      Handler handler = creator.apply(i);
      return CaseTestCases.createWithPhoto(handler.http(), handler.saker(), fnrs.get(i));
    });
  }

  /** Approves each case as {@code approver.apply(i)}, once its «Vurder søknad» is there. */
  static void approve(List<String> saksIder, IntFunction<Handler> approver) {
    inParallel(saksIder.size(), i -> {
      approve(approver.apply(i), saksIder.get(i));
      return null;
    });
  }

  static void approve(Handler handler, String saksId) {
    String taskId = awaitTask(handler, saksId);
    Http.Response completed = handler.http().postJson("/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of(
        "vedtak", Map.of("value", "INNVILGET"),
        "antallLedsagere", Map.of("value", 1, "type", "Long"),
        "utlopsdato", Map.of("value", LocalDate.now().plusYears(2).toString()))));
    assertThat(completed.status()).as("approve " + saksId + ": " + completed.body()).isEqualTo(204);
  }

  private static String awaitTask(Handler handler, String saksId) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      JsonNode tasks = handler.http().get("/engine-rest/task?processInstanceBusinessKey=" + saksId
          + "&taskDefinitionKey=Task_AssessApplication&firstResult=0&maxResults=10").json();
      if (tasks.size() == 1) {
        return tasks.get(0).get("id").asText();
      }
      sleep(Duration.ofMillis(500));
    }
    throw new AssertionError("«Vurder søknad» of case " + saksId + " did not appear for " + handler.user());
  }

  private static <T> List<T> inParallel(int count, IntFunction<T> work) {
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int index = i;
        futures.add(pool.submit(() -> work.apply(index)));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
