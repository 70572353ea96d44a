package org.probity.integrity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.probity.shared.InvalidField;

/** The thresholds one unit set for its subtree; an empty value inherits. */
@Entity
@Table(name = "integrity_thresholds")
class UnitThreshold {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String unitCode;

	private String scopePath;

	private Integer repeatCount;

	private Integer repeatYears;

	private Integer surgeWindowDays;

	private Integer surgeWindows;

	private BigDecimal surgeFactor;

	private Integer surgeMinimum;

	private Integer uninspectedYears;

	private Integer statuteWarningDays;

	private Integer stuckDays;

	private String updatedBy;

	private Instant updatedAt;

	protected UnitThreshold() {
	}

	UnitThreshold(String unitCode, String scopePath) {
		this.unitCode = unitCode;
		this.scopePath = scopePath;
	}

	void set(Thresholds values, String by) {
		repeatCount = positive("repeatCount", values.repeatCount(), 1000);
		repeatYears = positive("repeatYears", values.repeatYears(), 50);
		surgeWindowDays = positive("surgeWindowDays", values.surgeWindowDays(), 3660);
		surgeWindows = positive("surgeWindows", values.surgeWindows(), 100);
		if (values.surgeFactor() != null && (values.surgeFactor().signum() <= 0
				|| values.surgeFactor().compareTo(BigDecimal.valueOf(1000)) > 0)) {
			throw new InvalidField("surgeFactor", "must be above 0 and at most 1000");
		}
		surgeFactor = values.surgeFactor() == null ? null : values.surgeFactor().setScale(2, RoundingMode.HALF_UP);
		surgeMinimum = positive("surgeMinimum", values.surgeMinimum(), 100000);
		uninspectedYears = positive("uninspectedYears", values.uninspectedYears(), 50);
		statuteWarningDays = positive("statuteWarningDays", values.statuteWarningDays(), 3660);
		stuckDays = positive("stuckDays", values.stuckDays(), 36600);
		updatedBy = by;
		updatedAt = Instant.now();
	}

	String unitCode() {
		return unitCode;
	}

	String scopePath() {
		return scopePath;
	}

	Thresholds values() {
		return new Thresholds(repeatCount, repeatYears, surgeWindowDays, surgeWindows, surgeFactor, surgeMinimum,
				uninspectedYears, statuteWarningDays, stuckDays);
	}

	private static Integer positive(String field, Integer value, int most) {
		if (value != null && (value < 1 || value > most)) {
			throw new InvalidField(field, "must be between 1 and " + most);
		}
		return value;
	}
}
