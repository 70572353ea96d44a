package org.probity.steering;

import java.time.LocalDate;

import org.probity.shared.Actors;
import org.probity.shared.InvalidField;
import org.probity.shared.Texts;
import org.springframework.security.access.AccessDeniedException;

/** The checks every steering write makes: the writer's role, and required, bounded values named by field. */
final class SteeringRules {

	private SteeringRules() {
	}

	/** Leaders, officers and administrators write; auditors and everyone else only read. */
	static void requireWriter() {
		if (!Actors.hasAnyRole("ADMIN", "LEADER", "OFFICER")) {
			throw new AccessDeniedException("Your role may not do this; it takes one of ADMIN, LEADER, OFFICER");
		}
	}

	static String text(String field, String value, int max) {
		String text = Texts.blankToNull(value);
		if (text == null) {
			throw new InvalidField(field, "is required");
		}
		return bounded(field, text, max);
	}

	static String optionalText(String field, String value, int max) {
		String text = Texts.blankToNull(value);
		return text == null ? null : bounded(field, text, max);
	}

	static <T> T required(String field, T value) {
		if (value == null) {
			throw new InvalidField(field, "is required");
		}
		return value;
	}

	/** A day that has come already: things done or held are not recorded ahead of time. */
	static LocalDate notFuture(String field, LocalDate day, LocalDate today) {
		if (required(field, day).isAfter(today)) {
			throw new InvalidField(field, "is in the future");
		}
		return day;
	}

	static int year(String field, Integer year) {
		if (required(field, year) < 1945 || year > 2100) {
			throw new InvalidField(field, "is not a year between 1945 and 2100");
		}
		return year;
	}

	private static String bounded(String field, String text, int max) {
		if (text.length() > max) {
			throw new InvalidField(field, "is longer than " + max + " characters");
		}
		return text;
	}
}
