package org.probity.steering;

import java.math.BigDecimal;
import java.util.List;

/**
 * An evaluation model such as "four good party cells": criteria with their maximum points and weights, and the
 * classes a unit reaches when its weighted total is at least a class's {@code minTotal}.
 */
public record NewCriteriaSet(String name, String description, List<Criterion> criteria, List<Classification> classes) {

	public record Criterion(String title, BigDecimal maxPoints, BigDecimal weight) {
	}

	public record Classification(String label, BigDecimal minTotal) {
	}
}
