package org.probity.shared.web;

import java.util.List;
import java.util.Map;

import org.probity.shared.InvalidField;
import org.probity.shared.NotFound;
import org.probity.shared.imports.ImportRejected;
import org.probity.shared.imports.UnknownDataset;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as {@code application/problem+json} with a {@code detail} a person can act on, and for invalid
 * input the field ({@code errors}) or the CSV rows ({@code rows}) at fault.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	@ExceptionHandler(ImportRejected.class)
	ProblemDetail rejected(ImportRejected rejected) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				rejected.getMessage());
		problem.setProperty("dataset", rejected.dataset());
		problem.setProperty("rejectedRows", rejected.problemCount());
		problem.setProperty("rows", rejected.errors());
		return problem;
	}

	@ExceptionHandler({ NotFound.class, UnknownDataset.class })
	ProblemDetail notFound(RuntimeException missing) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, missing.getMessage());
	}

	@ExceptionHandler(InvalidField.class)
	ProblemDetail invalid(InvalidField invalid) {
		HttpStatus status = invalid.isConflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
		return fieldProblem(status, List.of(Map.of("field", invalid.field(), "message", invalid.getMessage())));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException mismatch) {
		return fieldProblem(HttpStatus.BAD_REQUEST,
				List.of(Map.of("field", mismatch.getName(), "message", "is not a valid value")));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = invalid.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
			.toList();
		return ResponseEntity.badRequest().body(fieldProblem(HttpStatus.BAD_REQUEST, errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(JsonProblems.describe(unreadable));
	}

	static ProblemDetail fieldProblem(HttpStatus status, List<Map<String, String>> errors) {
		String detail = errors.stream()
			.map(error -> "'" + error.get("field") + "' " + error.get("message"))
			.reduce((a, b) -> a + "; " + b)
			.orElse("Invalid request");
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setProperty("errors", errors);
		return problem;
	}
}
