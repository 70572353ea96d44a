package org.probity.discipline;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * The time limit for disciplining a violation (Party regulations on discipline): five years for violations that
 * warrant a reprimand, ten years for a warning or removal from post, none for those that warrant expulsion (or, for
 * an organisation, dissolution). The limit runs from the violation to the decision.
 */
public final class StatuteOfLimitations {

	private StatuteOfLimitations() {
	}

	/** The limit for a form; empty when the violation may be disciplined at any time. */
	public static Optional<Period> limitFor(Form form) {
		return switch (form) {
			case REPRIMAND -> Optional.of(Period.ofYears(5));
			case WARNING, REMOVAL -> Optional.of(Period.ofYears(10));
			case EXPULSION, DISSOLUTION -> Optional.empty();
		};
	}

	/** True when the decision day falls after the limit has run out; a decision on the last day is in time. */
	public static boolean expired(Form form, LocalDate violationOn, LocalDate decidedOn) {
		return limitFor(form).map(limit -> decidedOn.isAfter(violationOn.plus(limit))).orElse(false);
	}
}
