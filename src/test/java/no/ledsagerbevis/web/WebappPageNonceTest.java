package no.ledsagerbevis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.ledsagerbevis.support.H2AppTest;
import no.ledsagerbevis.support.Http;
import org.junit.jupiter.api.Test;

/** The webapps' index page carries the nonce of its own Content-Security-Policy header, also under load. */
class WebappPageNonceTest extends H2AppTest {

  private static final Pattern HEADER_NONCE = Pattern.compile("'nonce-([^']+)'");
  private static final Pattern PAGE_NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

  @Test
  void everyIndexPageCarriesTheNonceOfItsOwnHeaderWhileOtherRequestsRunAtTheSameTime() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(6);
    try {
      List<Future<String>> mismatches = new ArrayList<>();
      for (int i = 0; i < 120; i++) {
        boolean page = i % 2 == 0;
        mismatches.add(threads.submit(() -> page ? mismatch(http().get("/camunda/app/tasklist/default/"))
            : touch(http().get("/camunda/app/tasklist/styles/user-styles.css"))));
      }
      for (Future<String> mismatch : mismatches) {
        assertThat(mismatch.get()).isEmpty();
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private static String touch(Http.Response response) {
    assertThat(response.status()).isEqualTo(200);
    return "";
  }

  private static String mismatch(Http.Response page) {
    assertThat(page.status()).isEqualTo(200);
    Matcher header = HEADER_NONCE.matcher(page.header("Content-Security-Policy").orElseThrow());
    assertThat(header.find()).isTrue();
    Matcher inPage = PAGE_NONCE.matcher(page.body());
    assertThat(inPage.find()).as("the index page has nonce attributes").isTrue();
    do {
      if (!inPage.group(1).equals(header.group(1))) {
        return "page nonce " + inPage.group(1) + " but header nonce " + header.group(1);
      }
    } while (inPage.find());
    return "";
  }
}
