package org.probity.cases;

import java.time.LocalDate;

/**
 * What to list; any part may be null. {@code stage} is where cases stand now. The monitoring part (committee and
 * window) keeps cases with a period under monitoring overlapping the window, by that committee if one is named;
 * {@code reached} keeps cases that entered that stage within {@code reachedFrom}..{@code reachedTo}. Both windows
 * include their ends and are open where a bound is missing.
 */
public record CaseQuery(String unitCode, Stage stage, CaseField field, String committee, LocalDate monitoredFrom,
		LocalDate monitoredTo, Stage reached, LocalDate reachedFrom, LocalDate reachedTo) {

	public static CaseQuery all() {
		return ofUnit(null);
	}

	public static CaseQuery ofUnit(String unitCode) {
		return new CaseQuery(unitCode, null, null, null, null, null, null, null, null);
	}

	/** The cases the {@code monitored} figure counts. */
	public static CaseQuery monitoredIn(String unitCode, LocalDate from, LocalDate to) {
		return new CaseQuery(unitCode, null, null, null, from, to, null, null, null);
	}

	/** The cases the {@code prosecuted} figure counts. */
	public static CaseQuery prosecutedIn(String unitCode, LocalDate from, LocalDate to) {
		return reachedIn(unitCode, Stage.PROSECUTED, from, to);
	}

	/** The cases a {@code byStage} figure counts. */
	public static CaseQuery reachedIn(String unitCode, Stage stage, LocalDate from, LocalDate to) {
		return new CaseQuery(unitCode, null, null, null, null, null, stage, from, to);
	}

	/** Whether the list is narrowed to monitored cases at all. */
	public boolean monitoring() {
		return committee != null || monitoredFrom != null || monitoredTo != null;
	}
}
