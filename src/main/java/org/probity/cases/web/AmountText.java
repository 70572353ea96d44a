package org.probity.cases.web;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.probity.shared.InvalidField;

/**
 * Reads an amount of VND as people type it: {@code 1500000}, {@code 1.500.000} or {@code 1,500,000}, with up to two
 * decimals after the other separator ({@code 1.500.000,50}). One separator before exactly three digits groups
 * thousands, as VND is written; spaces are ignored.
 */
final class AmountText {

	private static final Pattern AMOUNT = Pattern.compile("(\\d{1,3}(?:([.,])\\d{3})*|\\d+)(?:([.,])(\\d{1,2}))?");

	private AmountText() {
	}

	/** Null for blank text. */
	static BigDecimal parse(String field, String text) {
		String typed = text == null ? "" : text.replaceAll("[\\s\\u00A0\\u202F]", "");
		if (typed.isEmpty()) {
			return null;
		}
		Matcher amount = AMOUNT.matcher(typed);
		if (typed.length() > 40 || !amount.matches()
				|| amount.group(2) != null && amount.group(2).equals(amount.group(3))) {
			throw new InvalidField(field, "is not an amount in VND, such as 1500000, 1.500.000 or 1500000,50");
		}
		String whole = amount.group(1).replaceAll("[.,]", "");
		return new BigDecimal(amount.group(4) == null ? whole : whole + "." + amount.group(4));
	}
}
