package no.ledsagerbevis.caseletter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import no.ledsagerbevis.errors.InvalidInputException;

/**
 * Accepts a photo only when it really is a JPEG or PNG of at most 5 MB: the magic bytes must match, and
 * the image must decode. The dimensions are read before decoding so that a tiny file claiming a huge
 * image cannot exhaust memory.
 */
public final class PhotoCheck {

  public static final int MAX_BYTES = 5 * 1024 * 1024;
  static final int MAX_SIDE = 8000;
  private static final String FELT = "bilde";
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private PhotoCheck() {
  }

  /** @param contentType the declared type, or null; when given it must agree with the content */
  public static Photo check(String contentType, byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new InvalidInputException(FELT, "Bildet mangler. Send bildet som JPEG eller PNG i forespørselen.");
    }
    if (bytes.length > MAX_BYTES) {
      throw new InvalidInputException(FELT, "Bildet er for stort. Største tillatte størrelse er 5 MB.");
    }
    String mimeType = startsWith(bytes, JPEG) ? "image/jpeg" : startsWith(bytes, PNG) ? "image/png" : null;
    if (mimeType == null) {
      throw new InvalidInputException(FELT, "Bildet må være JPEG eller PNG.");
    }
    String declared = contentType == null ? null : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    if (declared != null && !declared.equals("application/octet-stream") && !declared.equals(mimeType)
        && !(declared.equals("image/jpg") && mimeType.equals("image/jpeg"))) {
      throw new InvalidInputException(FELT, "Innholdstypen " + declared + " stemmer ikke med bildet, som er "
          + mimeType + ".");
    }
    if (!decodes(bytes)) {
      throw new InvalidInputException(FELT, "Bildet er skadet eller kan ikke leses som et bilde.");
    }
    return new Photo(mimeType, bytes);
  }

  private static boolean decodes(byte[] bytes) {
    try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
      if (!readers.hasNext()) {
        return false;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(input, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
          return false;
        }
        return reader.read(0) != null;
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
