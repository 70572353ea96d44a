package org.probity.cases;

import java.time.LocalDate;

/**
 * A case as lists show it: where it stands ({@code stage} since {@code stageOn}) and which committee, if any,
 * monitors it now ({@code monitoredBy}, null when none).
 */
public record CaseView(long id, String reference, CaseKind kind, String title, String unitCode, CaseField field,
		Stage stage, LocalDate stageOn, LocalDate detectedOn, LocalDate prosecutedOn, String monitoredBy) {
}
