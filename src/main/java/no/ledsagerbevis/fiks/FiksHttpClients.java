package no.ledsagerbevis.fiks;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.stereotype.Component;

/**
 * One JDK {@link HttpClient} per connect timeout (with the default settings: one for all of Fiks), so that the
 * connections, the selector thread and the client's few worker threads are shared; each request runs on its
 * caller's thread ({@link BlockingJdkRequestFactory}) and starts none; one thread cuts off stalled answers.
 */
@Component
public class FiksHttpClients implements DisposableBean {

  private final Map<Duration, HttpClient> clients = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timeouts = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "fiks-http-timeouts");
    thread.setDaemon(true);
    return thread;
  });

  /** A request factory on the shared client for this connect timeout, with its own read timeout. */
  public ClientHttpRequestFactory requestFactory(Duration connectTimeout, Duration readTimeout) {
    return new BlockingJdkRequestFactory(client(connectTimeout), readTimeout, timeouts);
  }

  private HttpClient client(Duration connectTimeout) {
    return clients.computeIfAbsent(connectTimeout, timeout -> HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(timeout)
        .build());
  }

  int clientCount() {
    return clients.size();
  }

  @Override
  public void destroy() {
    // Java 17's HttpClient cannot be closed; its selector thread ends once the client is unreachable.
    timeouts.shutdownNow();
    clients.clear();
  }
}
