package no.ledsagerbevis.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes the webapps' initial-user setup. Camunda 7.24.0 opens it whenever the camunda-admin group has
 * no direct member, which would let anyone create an administrator; our admin user comes from
 * configuration instead.
 */
public class AdminSetupGuardFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ProblemResponses.write(response, ProblemResponses.problem(HttpStatus.FORBIDDEN, "Ingen tilgang",
        "Oppsett av første administrator er stengt. Administratoren settes i konfigurasjonen (LEDSAGERBEVIS_ADMIN_USER/LEDSAGERBEVIS_ADMIN_PASSWORD)."));
  }
}
