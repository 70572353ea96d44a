package org.probity.integrity;

import java.math.BigDecimal;

/**
 * The thresholds in force for a unit. {@code repeatCount} denunciations of one person within {@code repeatYears};
 * a hot spot when the last {@code surgeWindowDays} hold at least {@code surgeMinimum} petitions on a topic and more
 * than {@code surgeFactor} times the average of the {@code surgeWindows} windows before; not inspected for
 * {@code uninspectedYears}; a statute warning {@code statuteWarningDays} before the limit; a case stuck after
 * {@code stuckDays} in one stage. In a request, a null value means "inherit".
 */
public record Thresholds(Integer repeatCount, Integer repeatYears, Integer surgeWindowDays, Integer surgeWindows,
		BigDecimal surgeFactor, Integer surgeMinimum, Integer uninspectedYears, Integer statuteWarningDays,
		Integer stuckDays) {

	/** Each value of this one, or the other's where this one has none. */
	Thresholds over(Thresholds other) {
		return new Thresholds(or(repeatCount, other.repeatCount), or(repeatYears, other.repeatYears),
				or(surgeWindowDays, other.surgeWindowDays), or(surgeWindows, other.surgeWindows),
				or(surgeFactor, other.surgeFactor), or(surgeMinimum, other.surgeMinimum),
				or(uninspectedYears, other.uninspectedYears), or(statuteWarningDays, other.statuteWarningDays),
				or(stuckDays, other.stuckDays));
	}

	private static <T> T or(T mine, T theirs) {
		return mine != null ? mine : theirs;
	}
}
