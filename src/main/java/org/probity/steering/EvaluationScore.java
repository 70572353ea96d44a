package org.probity.steering;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.probity.shared.Jurisdiction;

/** The points a unit earned on one criterion in one year; it lives in the scored unit's subtree. */
@Entity
@Table(name = "steering_scores")
@Filter(name = Jurisdiction.FILTER, condition = Jurisdiction.SCOPED, deduceAliasInjectionPoints = false)
class EvaluationScore {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long setId;

	private Long criterionId;

	private String unitCode;

	@Column(name = "score_year")
	private int year;

	private BigDecimal points;

	private String scopePath;

	private Instant updatedAt;

	protected EvaluationScore() {
	}

	EvaluationScore(long setId, long criterionId, String unitCode, String scopePath, int year) {
		this.setId = setId;
		this.criterionId = criterionId;
		this.unitCode = unitCode;
		this.scopePath = scopePath;
		this.year = year;
	}

	void points(BigDecimal points) {
		this.points = points;
		this.updatedAt = Instant.now();
	}

	long criterionId() {
		return criterionId;
	}

	String unitCode() {
		return unitCode;
	}

	BigDecimal points() {
		return points;
	}
}
