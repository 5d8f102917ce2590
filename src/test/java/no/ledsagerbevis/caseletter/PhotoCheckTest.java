package no.ledsagerbevis.caseletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import no.ledsagerbevis.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

class PhotoCheckTest {

  @Test
  void acceptsRealJpegAndPngAndNamesTheirType() throws IOException {
    assertThat(PhotoCheck.check("image/jpeg", image("jpg", 20, 20)).mimeType()).isEqualTo("image/jpeg");
    assertThat(PhotoCheck.check(null, image("png", 20, 20)).mimeType()).isEqualTo("image/png");
    assertThat(PhotoCheck.check("application/octet-stream", image("png", 20, 20)).mimeType()).isEqualTo("image/png");
  }

  @Test
  void rejectsOtherFormatsEvenWhenTheyAreImages() throws IOException {
    assertThatThrownBy(() -> PhotoCheck.check("image/png", image("gif", 20, 20)))
        .hasMessage("Bildet må være JPEG eller PNG.");
  }

  @Test
  void rejectsATruncatedPng() throws IOException {
    byte[] png = image("png", 40, 40);
    assertThatThrownBy(() -> PhotoCheck.check("image/png", Arrays.copyOf(png, 30)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("skadet");
  }

  @Test
  void rejectsImagesLargerThanTheSideLimitBeforeDecodingThem() throws IOException {
    byte[] png = image("png", 1, 1);
    // Patch the IHDR width to a huge value: the header claims a giant image in a tiny file.
    png[16] = 0x00;
    png[17] = 0x01;
    png[18] = 0x00;
    png[19] = 0x00;
    assertThatThrownBy(() -> PhotoCheck.check("image/png", png)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void rejectsAnEmptyBody() {
    assertThatThrownBy(() -> PhotoCheck.check("image/png", new byte[0])).hasMessageContaining("Bildet mangler");
  }

  private static byte[] image(String format, int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }
}
