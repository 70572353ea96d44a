package org.probity.steering;

import java.math.BigDecimal;

/** A target with what was achieved and the attainment in percent (achieved of planned, one decimal, half up). */
public record TargetView(long id, String unitCode, int year, String measure, String title, long planned,
		long achieved, BigDecimal attainment, boolean counted) {
}
