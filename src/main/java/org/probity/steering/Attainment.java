package org.probity.steering;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares in percent, as reports print them: one decimal, rounded half up (88 of 153 is 57.5). */
final class Attainment {

	private Attainment() {
	}

	/** Zero when there is nothing to reach. */
	static BigDecimal percent(long achieved, long planned) {
		if (planned <= 0) {
			return BigDecimal.ZERO.setScale(1);
		}
		return BigDecimal.valueOf(achieved).multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(planned), 1, RoundingMode.HALF_UP);
	}
}
