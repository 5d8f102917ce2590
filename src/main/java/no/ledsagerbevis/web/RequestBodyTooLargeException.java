package no.ledsagerbevis.web;

import java.io.IOException;

/** Thrown by a request body's stream once it has given more bytes than {@link RequestBodyLimits} allows. */
public class RequestBodyTooLargeException extends IOException {

  private final long maxBytes;

  public RequestBodyTooLargeException(long maxBytes) {
    super("Request body larger than " + maxBytes + " bytes");
    this.maxBytes = maxBytes;
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** The Norwegian refusal for a body above {@code maxBytes}. */
  static String detail(long maxBytes) {
    long kilobytes = maxBytes / 1024;
    String size = kilobytes >= 1024 && kilobytes % 1024 == 0 ? kilobytes / 1024 + " MB" : kilobytes + " kB";
    return "Forespørselen er for stor. Største tillatte størrelse her er " + size + ".";
  }
}
