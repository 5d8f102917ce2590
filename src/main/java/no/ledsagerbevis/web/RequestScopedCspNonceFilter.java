package no.ledsagerbevis.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the webapps' Content-Security-Policy nonce per request. Camunda 7.24 stores the nonce of the response
 * header in a servlet-context attribute that every request shares, and the index page reads it back from there:
 * when another request passes the header filter in between, the page's script tags carry a nonce its own header
 * does not allow and the page stays blank until reloaded. This filter gives each request a view of the servlet
 * context in which that one attribute lives in the request.
 */
class RequestScopedCspNonceFilter extends OncePerRequestFilter {

  static final String CSP_NONCE_ATTRIBUTE = "org.camunda.bpm.csp.nonce";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(new NonceScopedRequest(request), response);
  }

  private static final class NonceScopedRequest extends HttpServletRequestWrapper {

    private final ServletContext servletContext;

    NonceScopedRequest(HttpServletRequest request) {
      super(request);
      this.servletContext = nonceInRequest(request, request.getServletContext());
    }

    @Override
    public ServletContext getServletContext() {
      return servletContext;
    }
  }

  private static ServletContext nonceInRequest(HttpServletRequest request, ServletContext shared) {
    return (ServletContext) Proxy.newProxyInstance(ServletContext.class.getClassLoader(),
        new Class<?>[] {ServletContext.class}, (proxy, method, args) -> {
          if (args != null && args.length > 0 && CSP_NONCE_ATTRIBUTE.equals(args[0])) {
            switch (method.getName()) {
              case "getAttribute":
                return request.getAttribute(CSP_NONCE_ATTRIBUTE);
              case "setAttribute":
                request.setAttribute(CSP_NONCE_ATTRIBUTE, args[1]);
                return null;
              case "removeAttribute":
                request.removeAttribute(CSP_NONCE_ATTRIBUTE);
                return null;
              default:
                break;
            }
          }
          try {
            return method.invoke(shared, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
