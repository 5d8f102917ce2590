package no.ledsagerbevis.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Streams a large request body (chunked, generated on the fly, never held in memory) while listening for
 * the answer, and tells how much had been sent when the server answered. A server that reads the whole
 * body before answering shows up as an answer after (nearly) all of it.
 */
public final class StreamedUpload {

  private static final int CHUNK = 64 * 1024;

  private StreamedUpload() {
  }

  /** The answer's status line (null if the server closed without one) and the body bytes sent before it came. */
  public record Result(String statusLine, long bytesSentBeforeAnswer) {
  }

  public static Result post(int port, String path, Map<String, String> headers, long bodyBytes)
      throws IOException, InterruptedException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(120_000);
      OutputStream out = socket.getOutputStream();
      StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port
          + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n");
      headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
      out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
      AtomicLong sent = new AtomicLong();
      Thread writer = new Thread(() -> writeChunks(out, bodyBytes, sent), "streamed-upload");
      writer.setDaemon(true);
      writer.start();
      String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
          .readLine();
      long sentBeforeAnswer = sent.get();
      socket.close();
      writer.join(10_000);
      return new Result(statusLine, sentBeforeAnswer);
    }
  }

  private static void writeChunks(OutputStream out, long bodyBytes, AtomicLong sent) {
    byte[] chunk = new byte[CHUNK];
    Arrays.fill(chunk, (byte) ' ');
    byte[] size = (Integer.toHexString(CHUNK) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] end = "\r\n".getBytes(StandardCharsets.US_ASCII);
    try {
      while (sent.get() < bodyBytes) {
        out.write(size);
        out.write(chunk);
        out.write(end);
        sent.addAndGet(CHUNK);
      }
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      // The server has answered and closed the connection: it wants no more of the body.
    }
  }
}
