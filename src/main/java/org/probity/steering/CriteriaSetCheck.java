package org.probity.steering;

import java.math.BigDecimal;
import java.util.List;

import org.probity.shared.InvalidField;
import org.springframework.stereotype.Component;

/** Checks a criteria set before it is kept, and each score against its criterion. */
@Component
class CriteriaSetCheck {

	static final int MAX_ITEMS = 50;

	static final BigDecimal MAX_POINTS = new BigDecimal("10000");

	private final CriteriaSets sets;

	CriteriaSetCheck(CriteriaSets sets) {
		this.sets = sets;
	}

	CriteriaSet build(NewCriteriaSet definition) {
		String name = SteeringRules.text("name", definition.name(), 200);
		if (sets.existsByName(name)) {
			throw InvalidField.conflict("name", "a criteria set is already called '" + name + "'");
		}
		CriteriaSet set = new CriteriaSet(name, SteeringRules.optionalText("description", definition.description(), 2000));
		List<NewCriteriaSet.Criterion> criteria = items("criteria", definition.criteria());
		for (int i = 0; i < criteria.size(); i++) {
			String at = "criteria[" + i + "].";
			NewCriteriaSet.Criterion criterion = SteeringRules.required("criteria[" + i + "]", criteria.get(i));
			BigDecimal weight = criterion.weight() == null ? BigDecimal.ONE : criterion.weight();
			set.criterion(SteeringRules.text(at + "title", criterion.title(), 500),
					amount(at + "maxPoints", criterion.maxPoints(), true), amount(at + "weight", weight, true));
		}
		List<NewCriteriaSet.Classification> classes = definition.classes() == null ? List.of() : definition.classes();
		if (classes.size() > MAX_ITEMS) {
			throw new InvalidField("classes", "has more than " + MAX_ITEMS + " items");
		}
		for (int i = 0; i < classes.size(); i++) {
			String at = "classes[" + i + "].";
			NewCriteriaSet.Classification threshold = SteeringRules.required("classes[" + i + "]", classes.get(i));
			set.threshold(SteeringRules.text(at + "label", threshold.label(), 100),
					amount(at + "minTotal", threshold.minTotal(), false));
		}
		return set;
	}

	EvaluationCriterion criterion(CriteriaSet set, UnitScores.Score score, String at) {
		SteeringRules.required(at, score);
		EvaluationCriterion criterion = set.criterion(SteeringRules.required(at + ".criterionId", score.criterionId()))
			.orElseThrow(() -> new InvalidField(at + ".criterionId", "is not a criterion of this set"));
		BigDecimal points = amount(at + ".points", score.points(), false);
		if (points.compareTo(criterion.maxPoints()) > 0) {
			throw new InvalidField(at + ".points", "is above the criterion's maximum of " + criterion.maxPoints());
		}
		return criterion;
	}

	private static <T> List<T> items(String field, List<T> items) {
		if (items == null || items.isEmpty() || items.size() > MAX_ITEMS) {
			throw new InvalidField(field, "takes 1 to " + MAX_ITEMS + " items");
		}
		return items;
	}

	/** Zero or more (more than zero when {@code positive}), below 10,000, with at most two decimals. */
	private static BigDecimal amount(String field, BigDecimal value, boolean positive) {
		SteeringRules.required(field, value);
		if (value.signum() < 0 || positive && value.signum() == 0 || value.compareTo(MAX_POINTS) >= 0
				|| value.stripTrailingZeros().scale() > 2) {
			throw new InvalidField(field, "must be " + (positive ? "above" : "at least") + " 0 and below "
					+ MAX_POINTS + ", with at most two decimals");
		}
		return value;
	}
}
