package org.probity.steering;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

/** A class of a criteria set (such as EXCELLENT) and the weighted total that reaches it. */
@Embeddable
class Threshold {

	private String label;

	private BigDecimal minTotal;

	protected Threshold() {
	}

	Threshold(String label, BigDecimal minTotal) {
		this.label = label;
		this.minTotal = minTotal;
	}

	String label() {
		return label;
	}

	BigDecimal minTotal() {
		return minTotal;
	}

	NewCriteriaSet.Classification view() {
		return new NewCriteriaSet.Classification(label, minTotal);
	}
}
