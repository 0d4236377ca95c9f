package dev.ticketing.service.shared.web;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import dev.ticketing.service.shared.Causes;
import dev.ticketing.service.shared.ConflictException;
import dev.ticketing.service.shared.InvalidFieldException;
import dev.ticketing.service.shared.NotFoundException;
import dev.ticketing.service.shared.UnprocessableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into an RFC 9457 problem. Field errors are listed in {@code errors}
 * as {@code {field, message}}, so a client can show each next to its input.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail conflict(ConflictException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail unprocessable(UnprocessableException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail concurrentChange(OptimisticLockingFailureException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Someone else changed this resource at the same moment; reload and try again");
	}

	@ExceptionHandler
	ProblemDetail invalidField(InvalidFieldException ex) {
		return invalid(List.of(new FieldProblem(ex.field(), ex.getMessage())));
	}

	@ExceptionHandler
	ProblemDetail forbidden(AccessDeniedException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail badQueryParameter(MethodArgumentTypeMismatchException ex) {
		return invalid(List.of(new FieldProblem(ex.getName(), "has an invalid value")));
	}

	@ExceptionHandler
	ProblemDetail tooLarge(PayloadTooLargeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, ex.getMessage());
	}

	/**
	 * Two requests racing for one unique name, or text PostgreSQL refuses though Java
	 * accepts it (a NUL character): both are the client's doing, not a server error.
	 */
	@ExceptionHandler
	ProblemDetail database(DataAccessException ex) {
		String state = (ex.getMostSpecificCause() instanceof SQLException sql) ? sql.getSQLState() : null;
		if ("23505".equals(state)) {
			return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "A resource with this name already exists");
		}
		if ("23503".equals(state)) {
			return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
					"A resource this request refers to was changed or deleted at the same moment; reload and try again");
		}
		if (state != null && state.startsWith("40")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
					"The request collided with another one and was rolled back; send it again");
			problem.setProperty("retryAfterSeconds", 1);
			return problem;
		}
		if (state != null && state.startsWith("22")) {
			return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"The request contains a value the database cannot store");
		}
		throw ex;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(ProblemHandler::fieldProblem)
			.sorted(Comparator.comparing(FieldProblem::field))
			.toList();
		return ResponseEntity.badRequest().body(invalid(problems));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> new FieldProblem(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())))
			.toList();
		return ResponseEntity.badRequest().body(invalid(problems));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		PayloadTooLargeException tooLarge = Causes.find(ex, PayloadTooLargeException.class).orElse(null);
		if (tooLarge != null) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge));
		}
		return ResponseEntity.badRequest().body(unreadable(ex));
	}

	private ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		DatabindException databind = Causes.find(ex, DatabindException.class).orElse(null);
		if (databind != null && !(databind.getCause() instanceof StreamReadException)
				&& !databind.getPath().isEmpty()) {
			String field = databind.getPath()
				.stream()
				.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
						: "[" + reference.getIndex() + "]")
				.collect(Collectors.joining("."));
			return invalid(List.of(new FieldProblem(field, "has the wrong type or an unknown value")));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				Causes.find(ex, JacksonException.class).isPresent() ? "The request body is not valid JSON"
						: "The request body is missing or unreadable");
		problem.setTitle("Malformed request body");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unexpected(Exception ex) throws Exception {
		if (ex instanceof org.springframework.security.core.AuthenticationException) {
			throw ex;
		}
		log.error("Unexpected error", ex);
		return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error");
	}

	static ProblemDetail invalid(List<FieldProblem> problems) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				problems.stream().map(FieldProblem::sentence).collect(Collectors.joining("; ")));
		problem.setTitle("Invalid request");
		problem.setProperty("errors", problems);
		return problem;
	}

	private static FieldProblem fieldProblem(FieldError error) {
		return new FieldProblem(error.getField(), error.getDefaultMessage());
	}

	/** One bad field of a request. */
	record FieldProblem(String field, String message) {

		String sentence() {
			return this.field + " " + this.message;
		}

	}

}
