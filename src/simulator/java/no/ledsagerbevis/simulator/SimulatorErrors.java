package no.ledsagerbevis.simulator;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;

/** Errors of the simulated services as KS answers them (not the problem+json of our own API). */
@RestControllerAdvice(basePackageClasses = SimulatorErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnSimulator
class SimulatorErrors {

  @ExceptionHandler(SimulatorException.class)
  ResponseEntity<KsErrorBody> simulator(SimulatorException e, HttpServletRequest request) {
    return body(e.status(), request, e.getMessage(), e.errorCode(), e.errorJson());
  }

  @ExceptionHandler({HttpMessageNotReadableException.class, MultipartException.class,
      MissingServletRequestParameterException.class})
  ResponseEntity<KsErrorBody> unreadable(Exception e, HttpServletRequest request) {
    return body(HttpStatus.BAD_REQUEST, request, "Forespørselen kunne ikke leses.", "UGYLDIG_FORESPORSEL", null);
  }

  static ResponseEntity<KsErrorBody> body(HttpStatus status, HttpServletRequest request, String message,
      String errorCode, String errorJson) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
        .body(KsErrorBody.of(status, request.getRequestURI(), message, errorCode, errorJson));
  }
}
