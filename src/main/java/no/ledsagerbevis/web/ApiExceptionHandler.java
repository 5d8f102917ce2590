package no.ledsagerbevis.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import no.ledsagerbevis.errors.ConflictException;
import no.ledsagerbevis.errors.ForbiddenException;
import no.ledsagerbevis.errors.InvalidInputException;
import no.ledsagerbevis.errors.NotFoundException;
import no.ledsagerbevis.fiks.FiksUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Every error of our API as application/problem+json with a Norwegian title and detail. */
@RestControllerAdvice
public class ApiExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalidInput(InvalidInputException e, HttpServletRequest request) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Ugyldige opplysninger", e.getMessage(), request);
    problem.setProperty("feil", e.errors());
    return problem;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
    return problem(HttpStatus.NOT_FOUND, "Finnes ikke", e.getMessage(), request);
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e, HttpServletRequest request) {
    return problem(HttpStatus.CONFLICT, "Konflikt", e.getMessage(), request);
  }

  @ExceptionHandler(ForbiddenException.class)
  ProblemDetail forbidden(ForbiddenException e, HttpServletRequest request) {
    return problem(HttpStatus.FORBIDDEN, "Ingen tilgang", e.getMessage(), request);
  }

  @ExceptionHandler(RequestBodyTooLargeException.class)
  ProblemDetail bodyTooLarge(RequestBodyTooLargeException e, HttpServletRequest request) {
    return problem(HttpStatus.PAYLOAD_TOO_LARGE, "For stor forespørsel", RequestBodyTooLargeException.detail(e.maxBytes()),
        request);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
    if (e.getCause() instanceof RequestBodyTooLargeException tooLarge) {
      return bodyTooLarge(tooLarge, request);
    }
    return problem(HttpStatus.BAD_REQUEST, "Ugyldige opplysninger",
        "Forespørselen kunne ikke leses. Kontroller at den er gyldig JSON med riktige felttyper.", request);
  }

  @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
  ProblemDetail badParameter(Exception e, HttpServletRequest request) {
    return problem(HttpStatus.BAD_REQUEST, "Ugyldige opplysninger",
        "En parameter i adressen mangler eller har feil format.", request);
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ProblemDetail missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
    return problem(HttpStatus.BAD_REQUEST, "Ugyldige opplysninger",
        "Delen «" + e.getRequestPartName() + "» mangler i forespørselen.", request);
  }

  @ExceptionHandler({MaxUploadSizeExceededException.class})
  ProblemDetail tooLarge(Exception e, HttpServletRequest request) {
    return problem(HttpStatus.BAD_REQUEST, "Ugyldige opplysninger", "Filen er for stor.", request);
  }

  @ExceptionHandler({MultipartException.class})
  ProblemDetail badMultipart(Exception e, HttpServletRequest request) {
    return problem(HttpStatus.BAD_REQUEST, "Ugyldige opplysninger", "Filopplastingen kunne ikke leses.", request);
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ProblemDetail methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
    return problem(HttpStatus.METHOD_NOT_ALLOWED, "Metoden støttes ikke",
        "Metoden " + e.getMethod() + " støttes ikke for denne adressen.", request);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ProblemDetail mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
    return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Formatet støttes ikke",
        "Innholdstypen støttes ikke. Send application/json.", request);
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ProblemDetail noResource(NoResourceFoundException e, HttpServletRequest request) {
    return problem(HttpStatus.NOT_FOUND, "Finnes ikke", "Adressen finnes ikke.", request);
  }

  @ExceptionHandler(ErrorResponseException.class)
  ProblemDetail springError(ErrorResponseException e, HttpServletRequest request) {
    HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
    return problem(status, status.getReasonPhrase(), "Forespørselen kunne ikke behandles.", request);
  }

  /** Deleting a case or showing its photo reaches Fiks dokumentlager; when it is down the caller may retry. */
  @ExceptionHandler(FiksUnavailableException.class)
  ProblemDetail fiksUnavailable(FiksUnavailableException e, HttpServletRequest request) {
    log.warn("Fiks unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
    return problem(HttpStatus.SERVICE_UNAVAILABLE, "Fiks svarer ikke",
        "Fiks-plattformen svarer ikke akkurat nå. Ingenting er endret; prøv igjen om litt.", request);
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e, HttpServletRequest request) {
    // The stack trace goes to the log, never to the caller; messages of ours never carry personal data.
    log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Intern feil",
        "Det oppstod en uventet feil. Prøv igjen senere, eller kontakt driftsansvarlig.", request);
  }

  private static ProblemDetail problem(HttpStatus status, String tittel, String detalj, HttpServletRequest request) {
    ProblemDetail problem = ProblemResponses.problem(status, tittel, detalj);
    problem.setInstance(URI.create(request.getRequestURI()));
    return problem;
  }
}
