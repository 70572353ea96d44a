package org.probity.shared.web;

import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Says what is wrong with an unreadable JSON body, naming the field where Jackson knows it. */
final class JsonProblems {

	static final String NUL = "contains a NUL character";

	private JsonProblems() {
	}

	static ProblemDetail describe(HttpMessageNotReadableException unreadable) {
		Throwable cause = jacksonCause(unreadable);
		if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
			String field = json.getPath()
				.stream()
				.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.collect(Collectors.joining(".")).replace(".[", "[");
			return ApiProblems.fieldProblem(HttpStatus.BAD_REQUEST,
					List.of(Map.of("field", field, "message", reason(json))));
		}
		String detail = cause instanceof StreamReadException ? "The request body is not valid JSON"
				+ location((JacksonException) cause) : "The request body is missing or cannot be read";
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
	}

	/** The Jackson error behind the failure; a bad date, say, is a Jackson error caused by the date parser. */
	private static Throwable jacksonCause(HttpMessageNotReadableException unreadable) {
		for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException) {
				return cause;
			}
		}
		return unreadable.getMostSpecificCause();
	}

	private static String reason(JacksonException json) {
		if (json instanceof UnrecognizedPropertyException) {
			return "is not a known field";
		}
		if (json instanceof InvalidFormatException format && format.getValue() instanceof String text
				&& text.indexOf('\0') >= 0) {
			return NUL;
		}
		if (json instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
				&& Temporal.class.isAssignableFrom(mismatch.getTargetType())) {
			return "is not a real date; expected YYYY-MM-DD";
		}
		if (json instanceof InvalidFormatException format) {
			return "has a value of the wrong form" + expected(format.getTargetType());
		}
		if (json instanceof MismatchedInputException mismatch) {
			return "has a value of the wrong type" + expected(mismatch.getTargetType());
		}
		return "cannot be read";
	}

	private static String expected(Class<?> type) {
		if (type == null) {
			return "";
		}
		if (type.isEnum()) {
			return "; one of " + List.of(type.getEnumConstants());
		}
		return "; expected " + type.getSimpleName();
	}

	private static String location(JacksonException json) {
		return json.getLocation() == null ? ""
				: " (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ")";
	}
}
