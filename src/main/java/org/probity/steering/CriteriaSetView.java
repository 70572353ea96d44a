package org.probity.steering;

import java.math.BigDecimal;
import java.util.List;

public record CriteriaSetView(long id, String name, String description, List<CriterionView> criteria,
		List<NewCriteriaSet.Classification> classes, BigDecimal maxTotal) {

	public record CriterionView(long id, int number, String title, BigDecimal maxPoints, BigDecimal weight) {
	}
}
