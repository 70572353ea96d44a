package org.probity.steering;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.probity.shared.Jurisdiction;

/**
 * What a unit should reach in a year. Only a {@value TargetManagement#MANUAL} target keeps an achieved figure; any
 * other is counted from records each time it is read.
 */
@Entity
@Table(name = "steering_targets")
@Filter(name = Jurisdiction.FILTER, condition = Jurisdiction.SCOPED, deduceAliasInjectionPoints = false)
class SteeringTarget {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String unitCode;

	@Column(name = "target_year")
	private int year;

	private String measure;

	private String title;

	private long planned;

	private Long achieved;

	private String scopePath;

	private Instant updatedAt;

	@Version
	private int version;

	protected SteeringTarget() {
	}

	SteeringTarget(String unitCode, String scopePath, int year, String measure, String title, long planned,
			Long achieved) {
		this.unitCode = unitCode;
		this.scopePath = scopePath;
		this.year = year;
		this.measure = measure;
		this.title = title;
		this.planned = planned;
		this.achieved = achieved;
		this.updatedAt = Instant.now();
	}

	void achieved(long achieved) {
		this.achieved = achieved;
		this.updatedAt = Instant.now();
	}

	long id() {
		return id;
	}

	String unitCode() {
		return unitCode;
	}

	String scopePath() {
		return scopePath;
	}

	int year() {
		return year;
	}

	String measure() {
		return measure;
	}

	boolean manual() {
		return TargetManagement.MANUAL.equals(measure);
	}

	/** With the achieved figure: the stored one for a manual target, else the one counted just now. */
	TargetView view(long counted) {
		long reached = manual() ? (achieved == null ? 0 : achieved) : counted;
		return new TargetView(id, unitCode, year, measure, title, planned, reached,
				Attainment.percent(reached, planned), !manual());
	}
}
