package no.ledsagerbevis.fiks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.ledsagerbevis.simulator.LocalServerUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * The Fiks clients share their connections and threads: POSTs start no thread (Spring's JDK factory starts
 * one for the body and the JDK one for the completion, on two CPUs), and the three hosts with the same connect
 * timeout share one {@link HttpClient}.
 */
class FiksHttpClientsTest {

  private static final int POSTS = 200;
  private static final int CALLERS = 4;

  private HttpServer server;
  private ExecutorService serverThreads;
  private ExecutorService callers;
  private FiksHttpClients shared;

  @BeforeEach
  void start() throws Exception {
    // The server and the callers use pre-started threads, so the count of started threads is the client's alone.
    serverThreads = prestarted(CALLERS);
    callers = prestarted(CALLERS);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
    server.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      byte[] answer = "{\"id\":\"1\"}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, answer.length);
      exchange.getResponseBody().write(answer);
      exchange.close();
    });
    server.createContext("/stalls", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, 0);
      exchange.getResponseBody().write("{\"id\":".getBytes(StandardCharsets.UTF_8));
      exchange.getResponseBody().flush();
      try {
        Thread.sleep(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
    });
    server.setExecutor(serverThreads);
    server.start();
    shared = new FiksHttpClients();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    serverThreads.shutdownNow();
    callers.shutdownNow();
    shared.destroy();
  }

  @Test
  void postsReuseABoundedSetOfThreadsWhereTheDefaultFactoryStartsOneEach() throws Exception {
    ClientHttpRequestFactory sharedFactory = shared.requestFactory(Duration.ofSeconds(2), Duration.ofSeconds(10));
    postAll(sharedFactory); // warm-up: connections and the pool's threads

    long startedByShared = threadsStartedDuring(() -> postAll(sharedFactory));
    JdkClientHttpRequestFactory springDefault = new JdkClientHttpRequestFactory(HttpClient.newHttpClient());
    postAll(springDefault);
    long startedByDefault = threadsStartedDuring(() -> postAll(springDefault));

    System.out.printf("threads started for %d POSTs: shared %d, Spring's default %d%n", POSTS, startedByShared, startedByDefault);
    assertThat(startedByDefault).as("Spring's factory (the old FiksHttp) starts threads per POST").isGreaterThanOrEqualTo(POSTS);
    assertThat(startedByShared).as("after warm-up the shared client starts no thread per POST (its worker pool may add one or two)").isLessThanOrEqualTo(4);
  }

  @Test
  void anAnswerThatStallsAfterItsHeadersIsCutOffAfterTheReadTimeout() {
    RestClient rest = RestClient.builder().requestFactory(shared.requestFactory(Duration.ofSeconds(2), Duration.ofMillis(500))).build();
    long start = System.nanoTime();
    assertThatThrownBy(() -> rest.get().uri("http://127.0.0.1:" + server.getAddress().getPort() + "/stalls").retrieve().body(String.class))
        .isInstanceOf(ResourceAccessException.class).hasRootCauseInstanceOf(HttpTimeoutException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
  }

  @Test
  void hostsWithTheSameConnectTimeoutShareOneClient() {
    FiksProperties properties = new FiksProperties();
    properties.getForvaltning().setReadTimeout(Duration.ofSeconds(5));
    new FiksHttp(properties, url -> url, () -> "token", RestClient.builder(), shared);
    assertThat(shared.clientCount()).isEqualTo(1);

    properties.getForvaltning().setConnectTimeout(properties.getForvaltning().getConnectTimeout().plusSeconds(4));
    new FiksHttp(properties, url -> url, () -> "token", RestClient.builder(), shared);
    assertThat(shared.clientCount()).isEqualTo(2);
  }

  private void postAll(ClientHttpRequestFactory factory) throws Exception {
    RestClient rest = RestClient.builder().requestFactory(factory).build();
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
    List<Future<String>> answers = new ArrayList<>();
    for (int i = 0; i < POSTS; i++) {
      String body = "{\"melding\":\"Hei " + i + "\"}";
      answers.add(callers.submit(() -> rest.post().uri(url).contentType(MediaType.APPLICATION_JSON).body(body)
          .retrieve().body(String.class)));
    }
    for (Future<String> answer : answers) {
      assertThat(answer.get()).isEqualTo("{\"id\":\"1\"}");
    }
  }

  private static long threadsStartedDuring(ThrowingRunnable work) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long before = threads.getTotalStartedThreadCount();
    work.run();
    return threads.getTotalStartedThreadCount() - before;
  }

  private static ExecutorService prestarted(int count) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    List<Future<?>> started = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      started.add(pool.submit(() -> { }));
    }
    for (Future<?> future : started) {
      future.get();
    }
    return pool;
  }

  private interface ThrowingRunnable {
    void run() throws Exception;
  }
}
