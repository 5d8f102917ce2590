package no.ledsagerbevis.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small HTTP client for tests: optional HTTP Basic credentials, a cookie jar (for the webapps'
 * session), JSON in and out. Responses are kept whole so that tests can assert on status and body.
 */
public final class Http {

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  private final String baseUrl;
  private final HttpClient client;
  private final String authorization;

  public Http(String baseUrl) {
    this(baseUrl, HttpClient.newBuilder()
        .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
        .connectTimeout(Duration.ofSeconds(5))
        .build(), null);
  }

  private Http(String baseUrl, HttpClient client, String authorization) {
    this.baseUrl = baseUrl;
    this.client = client;
    this.authorization = authorization;
  }

  /** The same client (and cookie jar) with HTTP Basic credentials. */
  public Http as(String user, String password) {
    String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Http(baseUrl, client, "Basic " + token);
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  public Response delete(String path) {
    return send(request(path).DELETE());
  }

  public Response postJson(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json").POST(jsonBody(body)));
  }

  public Response putJson(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json").PUT(jsonBody(body)));
  }

  public Response postForm(String path, String formBody, Map<String, String> headers) {
    HttpRequest.Builder builder = request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(formBody));
    headers.forEach(builder::header);
    return send(builder);
  }

  public Response send(String method, String path, String contentType, byte[] body) {
    return send(method, path, contentType, body, Map.of());
  }

  public Response send(String method, String path, String contentType, byte[] body, Map<String, String> headers) {
    HttpRequest.Builder builder = request(path).header("Content-Type", contentType)
        .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(builder::header);
    return send(builder);
  }

  /** The value of a cookie the server has set on this client, if any. */
  public Optional<String> cookie(String name) {
    return client.cookieHandler()
        .map(handler -> ((CookieManager) handler).getCookieStore().getCookies())
        .flatMap(cookies -> cookies.stream().filter(c -> c.getName().equals(name)).findFirst())
        .map(java.net.HttpCookie::getValue);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json, application/problem+json, */*");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private static HttpRequest.BodyPublisher jsonBody(Object body) {
    try {
      String text = body instanceof String s ? s : JSON.writeValueAsString(body);
      return HttpRequest.BodyPublishers.ofString(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Response send(HttpRequest.Builder builder) {
    try {
      HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Response(response.statusCode(), response.body(), response.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** One answer: status, raw body and headers, with JSON access. */
  public record Response(int status, byte[] bytes, Map<String, List<String>> headers) {

    public String body() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    public JsonNode json() {
      try {
        return JSON.readTree(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException("Not JSON (status " + status + "): " + body(), e);
      }
    }

    public Optional<String> header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .findFirst();
    }

    public List<String> headerValues(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .toList();
    }

    @Override
    public String toString() {
      return status + " " + body();
    }
  }
}
