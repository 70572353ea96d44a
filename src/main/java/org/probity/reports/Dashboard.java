package org.probity.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit's dashboard over a window (both ends included): petitions by month, kind and status, overdue work,
 * activities against plan, discipline by form, cases by stage and targets' attainment, each bar linking to exactly
 * the records it counts.
 */
public record Dashboard(String unit, String unitName, LocalDate from, LocalDate to, List<Chart> charts) {

	public static final List<String> CHARTS = List.of("petitionsByMonth", "petitionsByKind", "petitionsByStatus",
			"overdue", "plan", "disciplineByForm", "casesByStage", "targets");

	public Chart chart(String key) {
		return charts.stream().filter(chart -> chart.key().equals(key)).findFirst().orElseThrow();
	}
}
