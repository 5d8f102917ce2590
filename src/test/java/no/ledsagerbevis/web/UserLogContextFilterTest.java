package no.ledsagerbevis.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import no.ledsagerbevis.identity.Callers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Request logs carry the user id of the request, and only for as long as the request runs. */
class UserLogContextFilterTest {

  private final IdentityService identityService = mock(IdentityService.class);
  private final UserLogContextFilter filter = new UserLogContextFilter(identityService, new Callers(identityService));

  @Test
  void theAuthenticatedUserIsInTheLoggingContextDuringTheRequest() throws Exception {
    when(identityService.getCurrentAuthentication()).thenReturn(new Authentication("ina", List.of("0301-avdeling-1")));
    AtomicReference<String> seen = new AtomicReference<>();
    filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/meg"), new MockHttpServletResponse(),
        (request, response) -> seen.set(MDC.get(UserLogContextFilter.USER_ID)));
    assertThat(seen.get()).isEqualTo("ina");
    assertThat(MDC.get(UserLogContextFilter.USER_ID)).isNull();
  }

  @Test
  void anAnonymousRequestHasNoUserId() throws Exception {
    AtomicReference<String> seen = new AtomicReference<>("unset");
    filter.doFilter(new MockHttpServletRequest("GET", "/actuator/health"), new MockHttpServletResponse(),
        (request, response) -> seen.set(MDC.get(UserLogContextFilter.USER_ID)));
    assertThat(seen.get()).isNull();
  }
}
