package org.probity.discipline;

import java.time.LocalDate;

import org.probity.shared.InvalidField;
import org.probity.shared.Texts;

/**
 * An appeal against a decision. It is accepted within one month of the decision date (the Party Charter's time
 * for appealing). Settlement is due 30 days after lodging: a short, uniform default chosen so that no appeal waits
 * unnoticed; the regulations give higher levels longer, which a per-level rule can add when it is needed.
 */
record Appeal(LocalDate lodgedOn, String grounds, LocalDate settleBy) {

	static final int SETTLEMENT_DAYS = 30;

	/** The last day an appeal against a decision of that day is accepted. */
	static LocalDate lastDay(LocalDate decidedOn) {
		return decidedOn.plusMonths(1);
	}

	static Appeal lodge(Decision decision, LocalDate lodgedOn, String grounds, LocalDate today) {
		if (decision.appealed()) {
			throw InvalidField.conflict("lodgedOn", "an appeal against '" + decision.ref() + "' is already lodged");
		}
		if (lodgedOn == null) {
			throw new InvalidField("lodgedOn", "is required");
		}
		if (lodgedOn.isAfter(today)) {
			throw new InvalidField("lodgedOn", "is in the future");
		}
		if (lodgedOn.isBefore(decision.decidedOn())) {
			throw new InvalidField("lodgedOn", "is before the decision of " + decision.decidedOn());
		}
		if (lodgedOn.isAfter(lastDay(decision.decidedOn()))) {
			throw new InvalidField("lodgedOn", "is more than one month after the decision of " + decision.decidedOn()
					+ "; appeals were accepted until " + lastDay(decision.decidedOn()));
		}
		String text = Texts.blankToNull(grounds);
		if (text == null) {
			throw new InvalidField("grounds", "is required");
		}
		if (text.length() > 4000) {
			throw new InvalidField("grounds", "is longer than 4000 characters");
		}
		return new Appeal(lodgedOn, text, lodgedOn.plusDays(SETTLEMENT_DAYS));
	}
}
