package org.probity.cases;

import org.probity.shared.InvalidField;

/** The checks every free text of a case meets before it reaches a column of fixed width. */
final class TextRules {

	private TextRules() {
	}

	static String required(String field, String text, int max) {
		String value = optional(field, text, max);
		if (value == null) {
			throw new InvalidField(field, "is required");
		}
		return value;
	}

	static String optional(String field, String text, int max) {
		String value = org.probity.shared.Texts.blankToNull(text);
		if (value != null && value.length() > max) {
			throw new InvalidField(field, "is longer than " + max + " characters");
		}
		return value;
	}
}
