package no.ledsagerbevis.fiks;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A multipart/form-data body whose parts are written in the order they are added. */
public final class Multipart {

  private final MultiValueMap<String, HttpEntity<?>> parts = new LinkedMultiValueMap<>();

  public Multipart part(String name, Object body, MediaType contentType) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(contentType);
    parts.add(name, new HttpEntity<>(body, headers));
    return this;
  }

  /** A file part: {@code filename} goes into the part's Content-Disposition. */
  public Multipart file(String name, String filename, byte[] content, MediaType contentType) {
    return part(name, new NamedBytes(content, filename), contentType);
  }

  public MultiValueMap<String, HttpEntity<?>> body() {
    return parts;
  }

  private static final class NamedBytes extends ByteArrayResource {
    private final String filename;

    NamedBytes(byte[] bytes, String filename) {
      super(bytes);
      this.filename = filename;
    }

    @Override
    public String getFilename() {
      return filename;
    }
  }
}
