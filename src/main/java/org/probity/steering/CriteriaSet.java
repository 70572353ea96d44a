package org.probity.steering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An evaluation model shared by every jurisdiction, such as "four good party cells": weighted criteria and the
 * classes reached at given weighted totals.
 */
@Entity
@Table(name = "steering_criteria_sets")
class CriteriaSet {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String description;

	private Instant updatedAt;

	@Version
	private int version;

	@OneToMany(mappedBy = "set", cascade = CascadeType.ALL)
	@OrderBy("number")
	private List<EvaluationCriterion> criteria = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "steering_classes", joinColumns = @JoinColumn(name = "set_id"))
	@OrderColumn(name = "class_no")
	private List<Threshold> classes = new ArrayList<>();

	protected CriteriaSet() {
	}

	CriteriaSet(String name, String description) {
		this.name = name;
		this.description = description;
		this.updatedAt = Instant.now();
	}

	void criterion(String title, BigDecimal maxPoints, BigDecimal weight) {
		criteria.add(new EvaluationCriterion(this, criteria.size() + 1, title, maxPoints, weight));
	}

	void threshold(String label, BigDecimal minTotal) {
		classes.add(new Threshold(label, minTotal));
	}

	Optional<EvaluationCriterion> criterion(long criterionId) {
		return criteria.stream().filter(criterion -> criterion.id() == criterionId).findFirst();
	}

	/** The class of the highest threshold the total reaches; null below every threshold. */
	String classify(BigDecimal total) {
		return classes.stream()
			.filter(threshold -> total.compareTo(threshold.minTotal()) >= 0)
			.max(Comparator.comparing(Threshold::minTotal))
			.map(Threshold::label)
			.orElse(null);
	}

	long id() {
		return id;
	}

	CriteriaSetView view() {
		BigDecimal max = criteria.stream().map(EvaluationCriterion::weightedMax).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new CriteriaSetView(id, name, description, criteria.stream().map(EvaluationCriterion::view).toList(),
				classes.stream().map(Threshold::view).toList(), max);
	}
}
