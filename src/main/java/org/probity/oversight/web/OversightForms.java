package org.probity.oversight.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import org.probity.shared.InvalidField;
import org.probity.shared.Texts;

/** Reads typed form values, refusing a bad one by naming its field, so a form shows the error beside it. */
final class OversightForms {

	private OversightForms() {
	}

	static LocalDate date(String field, String value) {
		String text = Texts.blankToNull(value);
		try {
			return text == null ? null : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidField(field, "is not a date as YYYY-MM-DD");
		}
	}

	static <E extends Enum<E>> E oneOf(String field, Class<E> type, String value) {
		String text = Texts.blankToNull(value);
		if (text == null) {
			return null;
		}
		return Arrays.stream(type.getEnumConstants())
			.filter(constant -> constant.name().equals(text))
			.findFirst()
			.orElseThrow(() -> new InvalidField(field, "is not one of " + Arrays.toString(type.getEnumConstants())));
	}
}
