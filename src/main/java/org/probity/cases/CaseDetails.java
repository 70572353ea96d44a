package org.probity.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One case in full. {@code recovered} is the exact sum of the recovery lines; {@code outstanding} is the damage
 * not yet recovered (null while the damage is not assessed).
 */
public record CaseDetails(CaseView summary, String description, String agencies, Origin origin,
		String originActivity, Long originPetition, BigDecimal damage, BigDecimal recovered, BigDecimal outstanding,
		List<StageView> stages, List<DefendantView> defendants, List<RecoveryView> recoveries,
		List<MonitoringView> monitoring) {

	public record StageView(Stage stage, LocalDate enteredOn, String note, String recordedBy) {
	}

	public record DefendantView(long id, String personCode, String fullName, String charges, CustodyMeasure custody,
			LocalDate prosecutedOn, DefendantOutcome outcome, String sentence) {
	}

	public record RecoveryView(long id, LocalDate recoveredOn, BigDecimal amount, String description) {
	}

	/** A period under a committee's monitoring; {@code removedOn} is null while it lasts. */
	public record MonitoringView(long id, String committeeCode, LocalDate placedOn, String reason,
			LocalDate removedOn, String removalReason) {
	}
}
