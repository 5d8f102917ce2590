package no.ledsagerbevis.fiks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * The one place where an HTTP outcome becomes {@link FiksClientException} (4xx) or
 * {@link FiksUnavailableException} (5xx, timeouts, resets, unreadable answers). Spring's exceptions are
 * never passed on as causes: their messages carry the URL, and a folkeregister URL carries a fødselsnummer.
 */
public final class FiksErrors {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ELEVEN_DIGITS = Pattern.compile("(?<!\\d)(\\d{6})\\d{5}(?!\\d)");
  private static final int MAX_MESSAGE = 500;

  private FiksErrors() {
  }

  /** Runs one HTTP call; {@code operasjon} names it in Norwegian for the incident message. */
  public static <T> T call(String operasjon, Supplier<T> request) {
    try {
      return request.get();
    } catch (HttpClientErrorException e) {
      throw clientError(operasjon, e.getStatusCode().value(), e.getResponseBodyAsByteArray());
    } catch (HttpServerErrorException e) {
      throw new FiksUnavailableException(operasjon + ": Fiks svarte " + e.getStatusCode().value() + detail(e));
    } catch (RestClientResponseException e) {
      throw new FiksUnavailableException(operasjon + ": uventet HTTP-status " + e.getStatusCode().value());
    } catch (ResourceAccessException e) {
      Throwable root = rootCause(e);
      throw new FiksUnavailableException(operasjon + ": ingen svar fra Fiks (" + root.getClass().getSimpleName()
          + (root.getMessage() == null ? "" : ": " + mask(root.getMessage())) + ")");
    } catch (RestClientException e) {
      Throwable root = rootCause(e);
      // A body that ends too early (EOF in the JSON) is a broken connection, not a wrong answer.
      if (root instanceof JsonEOFException || (root instanceof IOException && !(root instanceof JsonProcessingException))) {
        throw new FiksUnavailableException(operasjon + ": forbindelsen til Fiks ble brutt før svaret var lest ("
            + root.getClass().getSimpleName() + ")");
      }
      throw new FiksUnavailableException(operasjon + ": svaret fra Fiks kunne ikke leses (" + root.getClass().getSimpleName() + ")");
    }
  }

  /** A 4xx answer with KS's error body {@code {timestamp,status,error,errorId,path,message,errorCode,errorJson}}. */
  public static FiksClientException clientError(String operasjon, int status, byte[] body) {
    String errorCode = null;
    String message = null;
    String errorId = null;
    try {
      JsonNode error = body == null || body.length == 0 ? null : JSON.readTree(body);
      if (error != null && error.isObject()) {
        errorCode = text(error, "errorCode");
        message = text(error, "message");
        errorId = text(error, "errorId");
      }
    } catch (IOException e) {
      // Not KS's error body (a proxy's HTML page, say): the status alone must do.
    }
    StringBuilder text = new StringBuilder(operasjon).append(": Fiks avviste forespørselen (").append(status);
    if (errorCode != null) {
      text.append(' ').append(errorCode);
    }
    text.append(')');
    if (message != null) {
      text.append(": ").append(mask(message));
    }
    if (errorId != null) {
      text.append(" [errorId ").append(errorId).append(']');
    }
    return new FiksClientException(status, errorCode, truncate(text.toString()));
  }

  /** What failed, then what the operator does about it: the shape of every incident message from Fiks. */
  static String withAdvice(String whatFailed, String whatToDo) {
    String text = whatFailed == null ? "Kall til Fiks feilet" : whatFailed.strip();
    return (text.endsWith(".") ? text : text + ".") + " " + whatToDo;
  }

  /** Replaces anything that looks like a fødselsnummer by its first six digits and five stars. */
  public static String mask(String text) {
    return text == null ? null : ELEVEN_DIGITS.matcher(text).replaceAll("$1*****");
  }

  private static String detail(RestClientResponseException e) {
    byte[] body = e.getResponseBodyAsByteArray();
    try {
      JsonNode error = body.length == 0 ? null : JSON.readTree(body);
      String message = error != null && error.isObject() ? text(error, "message") : null;
      return message == null ? "" : ": " + truncate(mask(message));
    } catch (IOException ex) {
      return "";
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static Throwable rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  private static String truncate(String text) {
    return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "...";
  }
}
