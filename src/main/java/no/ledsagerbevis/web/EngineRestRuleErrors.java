package no.ledsagerbevis.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * A broken rule in a task's {@code complete} listener ({@code validation.ValidatingCompleteListener})
 * reaches engine-rest wrapped twice: by the engine ("ENGINE-03051 There was an exception while invoking
 * the TaskListener ...") and by the task resource ("Cannot complete task ...", a RestException with 500).
 * These mappers answer it as what it is: 400 with the rule's Norwegian message alone (403 when the rule is
 * about who may complete, an {@link AuthorizationException} of ours). Every other
 * exception keeps Camunda's own mapping. Both are ranked before Camunda's mappers of the same types.
 */
@Component
class EngineRestRuleErrors implements ResourceConfigCustomizer {

  private static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json", "UTF-8");

  @Override
  public void customize(ResourceConfig config) {
    config.register(RuleInRestException.class);
    config.register(RuleInProcessEngineException.class);
  }

  /** The innermost {@link BadUserRequestException} or {@link AuthorizationException} below the exception itself, or null. */
  static ProcessEngineException brokenRule(Throwable exception) {
    ProcessEngineException rule = null;
    for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof BadUserRequestException || cause instanceof AuthorizationException) {
        rule = (ProcessEngineException) cause;
      }
    }
    return rule;
  }

  /** problem+json as our API answers; the rule's message also as {@code message}, which Tasklist shows on the form. */
  static Response badRequest(ProcessEngineException rule) {
    boolean forbidden = rule instanceof AuthorizationException;
    HttpStatus status = forbidden ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
    ProblemDetail problem = ProblemResponses.problem(status, forbidden ? "Ingen tilgang" : "Ugyldige opplysninger",
        rule.getMessage());
    problem.setProperty("message", rule.getMessage());
    return Response.status(status.value())
        .entity(ProblemResponses.json(problem))
        .type(PROBLEM_JSON)
        .build();
  }

  @Priority(1)
  public static class RuleInRestException implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      ProcessEngineException rule = brokenRule(exception);
      return rule == null ? camunda.toResponse(exception) : badRequest(rule);
    }
  }

  @Priority(1)
  public static class RuleInProcessEngineException implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
      ProcessEngineException rule = brokenRule(exception);
      return rule == null ? camunda.toResponse(exception) : badRequest(rule);
    }
  }
}
