package org.probity.cases;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.probity.shared.InvalidField;

/**
 * A period during which a steering committee monitors and directs a case, both days included; open while
 * {@code removedOn} is null.
 */
@Entity
@Table(name = "corruption_case_monitoring")
class MonitoringPeriod {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "case_id")
	private CorruptionCase corruptionCase;

	private String committeeCode;

	private LocalDate placedOn;

	private String reason;

	private LocalDate removedOn;

	private String removalReason;

	protected MonitoringPeriod() {
	}

	MonitoringPeriod(CorruptionCase corruptionCase, String committeeCode, LocalDate placedOn, String reason) {
		this.corruptionCase = corruptionCase;
		this.committeeCode = committeeCode;
		this.placedOn = placedOn;
		this.reason = reason;
	}

	/**
	 * The period that follows {@code last}: only once the last has ended, and from a later day, so periods never
	 * overlap; never before the case was detected.
	 */
	static MonitoringPeriod after(Optional<MonitoringPeriod> last, CorruptionCase corruptionCase,
			String committeeCode, LocalDate on, String reason, LocalDate today) {
		CaseDates.notBefore("placedOn", CaseDates.past("placedOn", on, today), corruptionCase.detectedOn(),
				"the case was detected");
		String why = TextRules.required("reason", reason, 2000);
		if (last.isPresent() && last.get().open()) {
			throw InvalidField.conflict("committeeCode", "the case is already monitored by "
					+ last.get().committeeCode + " since " + last.get().placedOn);
		}
		if (last.isPresent() && !on.isAfter(last.get().removedOn)) {
			throw new InvalidField("placedOn", "is not after the end of the last monitoring on " + last.get().removedOn);
		}
		return new MonitoringPeriod(corruptionCase, committeeCode, on, why);
	}

	void end(LocalDate on, String why) {
		if (on.isBefore(placedOn)) {
			throw new InvalidField("removedOn", "is before the case was placed under monitoring on " + placedOn);
		}
		this.removedOn = on;
		this.removalReason = why;
	}

	boolean open() {
		return removedOn == null;
	}

	String committeeCode() {
		return committeeCode;
	}

	CaseDetails.MonitoringView view() {
		return new CaseDetails.MonitoringView(id == null ? 0 : id, committeeCode, placedOn, reason, removedOn,
				removalReason);
	}
}
