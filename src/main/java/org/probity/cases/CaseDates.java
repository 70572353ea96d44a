package org.probity.cases;

import java.time.LocalDate;

import org.probity.shared.InvalidField;

/** The date rules every move of a case meets: a day is given, is not in the future, and follows what it must. */
final class CaseDates {

	private CaseDates() {
	}

	static <T> T required(String field, T value) {
		if (value == null) {
			throw new InvalidField(field, "is required");
		}
		return value;
	}

	/** A day given and not after today. */
	static LocalDate past(String field, LocalDate day, LocalDate today) {
		if (required(field, day).isAfter(today)) {
			throw new InvalidField(field, "is in the future");
		}
		return day;
	}

	/** Refuses a day before {@code earliest}, saying what happened then. */
	static LocalDate notBefore(String field, LocalDate day, LocalDate earliest, String what) {
		if (day.isBefore(earliest)) {
			throw new InvalidField(field, "is before " + earliest + ", when " + what);
		}
		return day;
	}
}
