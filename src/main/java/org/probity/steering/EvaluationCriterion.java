package org.probity.steering;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One criterion of a set: a unit earns up to {@code maxPoints} on it, counted {@code weight} times in the total. */
@Entity
@Table(name = "steering_criteria")
class EvaluationCriterion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "set_id")
	private CriteriaSet set;

	@Column(name = "item_no")
	private int number;

	private String title;

	private BigDecimal maxPoints;

	private BigDecimal weight;

	protected EvaluationCriterion() {
	}

	EvaluationCriterion(CriteriaSet set, int number, String title, BigDecimal maxPoints, BigDecimal weight) {
		this.set = set;
		this.number = number;
		this.title = title;
		this.maxPoints = maxPoints;
		this.weight = weight;
	}

	long id() {
		return id;
	}

	BigDecimal maxPoints() {
		return maxPoints;
	}

	BigDecimal weighted(BigDecimal points) {
		return points.multiply(weight);
	}

	BigDecimal weightedMax() {
		return weighted(maxPoints);
	}

	CriteriaSetView.CriterionView view() {
		return new CriteriaSetView.CriterionView(id, number, title, maxPoints, weight);
	}
}
