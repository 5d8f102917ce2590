package no.ledsagerbevis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import no.ledsagerbevis.support.H2AppTest;
import no.ledsagerbevis.support.MutableClock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The HTTP Basic filter with its cache against the real identity service (hostile): a change made on this node
 * takes effect at the next request; a change made past this node's engine (another node) within the time to
 * live; a wrong password never passes.
 */
class AuthenticationCacheFilterTest extends H2AppTest {

  private static final String PASSORD = "Hemmelig-123-passord";
  private static final String NYTT_PASSORD = "Nytt-hemmelig-456!";
  private static final Duration TTL = Duration.ofSeconds(5);

  @Autowired
  IdentityService identityService;

  @Autowired
  @Qualifier("basicAuthentication")
  FilterRegistrationBean<HttpBasicAuthenticationFilter> thisNode;

  private final MutableClock clock = new MutableClock();

  /** A filter whose cache this node's engine does not empty: how a change made on another node looks. */
  private HttpBasicAuthenticationFilter otherNode() {
    return new HttpBasicAuthenticationFilter(identityService, new AuthenticationCache(TTL, clock));
  }

  @Test
  void aPasswordChangedOnThisNodeStopsTheOldPasswordAtOnce() throws Exception {
    user("cache.a");
    assertThat(call(thisNode.getFilter(), "cache.a", PASSORD).status()).isEqualTo(200);
    changePassword("cache.a");
    // The new one first: a refused attempt delays the user's next check (Camunda's login throttling).
    assertThat(call(thisNode.getFilter(), "cache.a", NYTT_PASSORD).status()).isEqualTo(200);
    assertThat(call(thisNode.getFilter(), "cache.a", PASSORD).status()).isEqualTo(401);
  }

  @Test
  void aPasswordChangedElsewhereStopsTheOldPasswordWithinTheTimeToLive() throws Exception {
    user("cache.b");
    HttpBasicAuthenticationFilter filter = otherNode();
    assertThat(call(filter, "cache.b", PASSORD).status()).isEqualTo(200);
    changePassword("cache.b");
    clock.advance(TTL.minusMillis(1));
    assertThat(call(filter, "cache.b", PASSORD).status()).as("still inside the time to live").isEqualTo(200);
    assertThat(call(filter, "cache.b", NYTT_PASSORD).status()).isEqualTo(200);
    clock.advance(Duration.ofMillis(1));
    assertThat(call(filter, "cache.b", PASSORD).status()).isEqualTo(401);
  }

  @Test
  void aDeletedUserIsRefusedAtOnceHereAndWithinTheTimeToLiveElsewhere() throws Exception {
    user("cache.c");
    HttpBasicAuthenticationFilter elsewhere = otherNode();
    assertThat(call(thisNode.getFilter(), "cache.c", PASSORD).status()).isEqualTo(200);
    assertThat(call(elsewhere, "cache.c", PASSORD).status()).isEqualTo(200);
    identityService.deleteUser("cache.c");
    assertThat(call(thisNode.getFilter(), "cache.c", PASSORD).status()).isEqualTo(401);
    clock.advance(TTL);
    assertThat(call(elsewhere, "cache.c", PASSORD).status()).isEqualTo(401);
  }

  @Test
  void aGroupSwitchReachesTheRequestsAuthentication() throws Exception {
    user("cache.d");
    group("cache-gruppe-1");
    group("cache-gruppe-2");
    identityService.createMembership("cache.d", "cache-gruppe-1");
    HttpBasicAuthenticationFilter elsewhere = otherNode();
    assertThat(call(thisNode.getFilter(), "cache.d", PASSORD).groups()).containsExactly("cache-gruppe-1");
    assertThat(call(elsewhere, "cache.d", PASSORD).groups()).containsExactly("cache-gruppe-1");

    identityService.deleteMembership("cache.d", "cache-gruppe-1");
    identityService.createMembership("cache.d", "cache-gruppe-2");
    assertThat(call(thisNode.getFilter(), "cache.d", PASSORD).groups()).containsExactly("cache-gruppe-2");
    assertThat(call(elsewhere, "cache.d", PASSORD).groups()).as("inside the time to live").containsExactly("cache-gruppe-1");
    clock.advance(TTL);
    assertThat(call(elsewhere, "cache.d", PASSORD).groups()).containsExactly("cache-gruppe-2");
  }

  @Test
  void aWrongPasswordNeverPassesEvenWhileTheRightOneIsRemembered() throws Exception {
    user("cache.e");
    HttpBasicAuthenticationFilter filter = otherNode();
    assertThat(call(filter, "cache.e", PASSORD).status()).isEqualTo(200);
    for (String wrong : List.of(PASSORD + " ", PASSORD.toLowerCase(), "", "Hemmelig-123-passor")) {
      assertThat(call(filter, "cache.e", wrong).status()).as("password '%s'", wrong).isEqualTo(401);
    }
    assertThat(call(filter, "cache.f", PASSORD).status()).as("the same password for another user").isEqualTo(401);
  }

  private record Outcome(int status, List<String> groups) {
  }

  private Outcome call(HttpBasicAuthenticationFilter filter, String user, String password) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/engine");
    request.setRequestURI("/engine-rest/engine");
    request.addHeader("Authorization", "Basic "
        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    MockHttpServletResponse response = new MockHttpServletResponse();
    List<String> groups = new ArrayList<>();
    filter.doFilter(request, response, (req, res) -> groups.addAll(identityService.getCurrentAuthentication().getGroupIds()));
    return new Outcome(response.getStatus(), groups);
  }

  private void user(String id) {
    User user = identityService.newUser(id);
    user.setFirstName("Test");
    user.setLastName("Bruker");
    user.setPassword(PASSORD);
    identityService.saveUser(user);
  }

  private void group(String id) {
    Group group = identityService.newGroup(id);
    group.setName(id);
    identityService.saveGroup(group);
  }

  private void changePassword(String id) {
    User user = identityService.createUserQuery().userId(id).singleResult();
    user.setPassword(NYTT_PASSORD);
    identityService.saveUser(user);
  }
}
