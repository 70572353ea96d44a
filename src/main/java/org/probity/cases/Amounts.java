package org.probity.cases;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.probity.shared.InvalidField;

/**
 * Sums of money in VND, exact: {@link BigDecimal} with at most two decimal places and nineteen whole digits (the
 * columns' {@code numeric(21,2)}). Checked on precision and scale before any arithmetic, so a hostile
 * {@code 1e999999999} is refused without being expanded.
 */
final class Amounts {

	static final int SCALE = 2;

	static final int WHOLE_DIGITS = 19;

	private Amounts() {
	}

	/** A sum that may be zero, such as an assessed damage of none. */
	static BigDecimal atLeastZero(String field, BigDecimal amount) {
		if (amount == null) {
			throw new InvalidField(field, "is required");
		}
		if (amount.signum() < 0) {
			throw new InvalidField(field, "must not be negative");
		}
		if (amount.signum() != 0 && amount.precision() - amount.scale() > WHOLE_DIGITS) {
			throw new InvalidField(field, "has more than " + WHOLE_DIGITS + " digits before the decimal point");
		}
		if (amount.stripTrailingZeros().scale() > SCALE) {
			throw new InvalidField(field, "has more than " + SCALE + " decimal places");
		}
		return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
	}

	static BigDecimal positive(String field, BigDecimal amount) {
		BigDecimal checked = atLeastZero(field, amount);
		if (checked.signum() == 0) {
			throw new InvalidField(field, "must be more than zero");
		}
		return checked;
	}
}
