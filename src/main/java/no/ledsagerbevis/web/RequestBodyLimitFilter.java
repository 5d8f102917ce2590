package no.ledsagerbevis.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps every request body at {@link RequestBodyLimits}: a declared Content-Length above the limit is
 * answered 413 without reading a byte; a body of unknown length (chunked) is cut off when it passes the
 * limit, and the request answered 413 if nothing has been sent yet. So no filter, controller or engine-rest
 * resource can be made to hold more than the limit in memory.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

  private final RequestBodyLimits limits;

  public RequestBodyLimitFilter(RequestBodyLimits limits) {
    this.limits = limits;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long maxBytes = limits.maxBytesFor(request.getRequestURI().substring(request.getContextPath().length()));
    if (request.getContentLengthLong() > maxBytes) {
      refuse(response, maxBytes);
      return;
    }
    LimitedBodyRequest limited = new LimitedBodyRequest(request, maxBytes);
    try {
      chain.doFilter(limited, response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!limited.exceeded() || response.isCommitted()) {
        throw e;
      }
    }
    if (limited.exceeded() && !response.isCommitted()) {
      response.reset();
      refuse(response, maxBytes);
    }
  }

  static void refuse(HttpServletResponse response, long maxBytes) throws IOException {
    ProblemResponses.write(response, ProblemResponses.problem(HttpStatus.PAYLOAD_TOO_LARGE, "For stor forespørsel",
        RequestBodyTooLargeException.detail(maxBytes)));
  }

  private static final class LimitedBodyRequest extends HttpServletRequestWrapper {

    private final long maxBytes;
    private LimitedInputStream stream;

    LimitedBodyRequest(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    boolean exceeded() {
      return stream != null && stream.exceeded;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new LimitedInputStream(super.getInputStream(), maxBytes);
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }

  private static final class LimitedInputStream extends ServletInputStream {

    private final ServletInputStream in;
    private final long maxBytes;
    private long read;
    private boolean exceeded;

    LimitedInputStream(ServletInputStream in, long maxBytes) {
      this.in = in;
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws RequestBodyTooLargeException {
      read += n;
      if (read > maxBytes) {
        exceeded = true;
        throw new RequestBodyTooLargeException(maxBytes);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
