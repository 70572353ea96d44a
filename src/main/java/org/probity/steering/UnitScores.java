package org.probity.steering;

import java.math.BigDecimal;
import java.util.List;

/** The points a unit earned in a year on criteria of a set; a criterion left out keeps its earlier score. */
public record UnitScores(Long setId, String unitCode, Integer year, List<Score> scores) {

	public record Score(Long criterionId, BigDecimal points) {
	}
}
