package no.ledsagerbevis.fiks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.AbstractClientHttpRequest;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Requests on a JDK {@link HttpClient} that start no thread: the body is buffered and sent as a byte array and
 * the call is the blocking {@link HttpClient#send}, on the caller's thread.
 *
 * <p>Spring's {@code JdkClientHttpRequestFactory} writes each body on a thread of its own (a new one per POST
 * by default) and uses {@code sendAsync}, whose completion the JDK hands to the common async pool; with fewer
 * than three CPUs that "pool" starts a new thread for every task. Fiks bodies are small and already in memory
 * (letters, photos up to 5 MB), so buffering costs nothing. The read timeout applies to the headers (the
 * request's timeout) and again to the body, which is read whole before the answer is handed on.
 */
final class BlockingJdkRequestFactory implements ClientHttpRequestFactory {

  /** Headers the JDK client sets itself and refuses from the caller. */
  private static final Set<String> SET_BY_CLIENT = caseInsensitive("Connection", "Content-Length", "Expect", "Host", "Upgrade");

  private final HttpClient client;
  private final Duration readTimeout;
  private final ScheduledExecutorService timeouts;

  /** {@code timeouts} closes an answer whose body is still not read whole after the read timeout. */
  BlockingJdkRequestFactory(HttpClient client, Duration readTimeout, ScheduledExecutorService timeouts) {
    this.client = client;
    this.readTimeout = readTimeout;
    this.timeouts = timeouts;
  }

  @Override
  public ClientHttpRequest createRequest(URI uri, HttpMethod method) {
    return new Request(uri, method);
  }

  private final class Request extends AbstractClientHttpRequest {

    private final URI uri;
    private final HttpMethod method;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream(1024);

    Request(URI uri, HttpMethod method) {
      this.uri = uri;
      this.method = method;
    }

    @Override
    public HttpMethod getMethod() {
      return method;
    }

    @Override
    public URI getURI() {
      return uri;
    }

    @Override
    protected OutputStream getBodyInternal(HttpHeaders headers) {
      return body;
    }

    @Override
    protected ClientHttpResponse executeInternal(HttpHeaders headers) throws IOException {
      HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(readTimeout);
      headers.forEach((name, values) -> {
        if (!SET_BY_CLIENT.contains(name)) {
          values.forEach(value -> request.header(name, value));
        }
      });
      request.method(method.name(), body.size() == 0
          ? HttpRequest.BodyPublishers.noBody()
          : HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
      HttpResponse<InputStream> response;
      try {
        response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("Avbrutt under kall til " + uri.getHost());
      }
      return new Response(response, readWithin(response.body()));
    }

    /** The request timeout ends with the headers; a body that stalls after them is cut off like Spring's factory does. */
    private byte[] readWithin(InputStream answer) throws IOException {
      AtomicBoolean timedOut = new AtomicBoolean();
      ScheduledFuture<?> cutOff = timeouts.schedule(() -> {
        timedOut.set(true); // before closing: the reader wakes as soon as the stream closes
        closeQuietly(answer);
      }, readTimeout.toMillis(), TimeUnit.MILLISECONDS);
      try (answer) {
        return answer.readAllBytes();
      } catch (IOException e) {
        if (timedOut.get()) {
          throw new HttpTimeoutException("Svaret fra " + uri.getHost() + " kom ikke ferdig innen " + readTimeout);
        }
        throw e;
      } finally {
        cutOff.cancel(false);
      }
    }
  }

  private static final class Response implements ClientHttpResponse {

    private final HttpResponse<?> response;
    private final byte[] body;
    private final HttpHeaders headers = new HttpHeaders();

    Response(HttpResponse<?> response, byte[] body) {
      this.response = response;
      this.body = body;
      response.headers().map().forEach(headers::addAll);
    }

    @Override
    public HttpStatusCode getStatusCode() {
      return HttpStatusCode.valueOf(response.statusCode());
    }

    @Override
    public String getStatusText() {
      return "";
    }

    @Override
    public HttpHeaders getHeaders() {
      return headers;
    }

    @Override
    public InputStream getBody() {
      return new ByteArrayInputStream(body);
    }

    @Override
    public void close() {
      // The answer was read whole; the connection is back in the client's pool.
    }
  }

  private static void closeQuietly(InputStream answer) {
    try {
      answer.close();
    } catch (IOException e) {
      // Closing only wakes the reader; it reports the timeout.
    }
  }

  private static Set<String> caseInsensitive(String... names) {
    Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    set.addAll(Set.of(names));
    return set;
  }
}
