package org.probity.shared.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One data row of an import file, by column name. The typed readers report a problem naming the column and return
 * {@code null} when the value is not acceptable, so a session can check every column of a row in one go.
 */
public record CsvRow(long number, Map<String, String> values) {

	/** The trimmed value; empty when the column is empty. */
	public String text(String column) {
		String value = values.get(column);
		return value == null ? "" : value.strip();
	}

	public String required(String column, int maxLength, RowProblems problems) {
		String value = text(column);
		if (value.isEmpty()) {
			problems.add(number, column, "is required");
			return null;
		}
		return maxLength(column, value, maxLength, problems);
	}

	public String optional(String column, int maxLength, RowProblems problems) {
		String value = text(column);
		return value.isEmpty() ? null : maxLength(column, value, maxLength, problems);
	}

	private String maxLength(String column, String value, int maxLength, RowProblems problems) {
		if (value.length() > maxLength) {
			problems.add(number, column, "is longer than " + maxLength + " characters");
			return null;
		}
		return value;
	}

	public LocalDate date(String column, RowProblems problems) {
		String value = text(column);
		if (value.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			problems.add(number, column, "'" + clip(value) + "' is not a date as YYYY-MM-DD");
			return null;
		}
	}

	public Boolean bool(String column, RowProblems problems) {
		String value = text(column);
		return switch (value) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> {
				problems.add(number, column, "'" + clip(value) + "' is not true or false");
				yield null;
			}
		};
	}

	public <E extends Enum<E>> E oneOf(String column, Class<E> type, RowProblems problems) {
		String value = text(column);
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
		problems.add(number, column,
				(value.isEmpty() ? "is required" : "'" + clip(value) + "' is not allowed") + "; one of " + allowed);
		return null;
	}

	/** Values are echoed in errors, never whole: a stray column can be long or hold someone's name. */
	static String clip(String value) {
		return value.length() <= 40 ? value : value.substring(0, 40) + "…";
	}
}
