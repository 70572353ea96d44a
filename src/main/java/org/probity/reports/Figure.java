package org.probity.reports;

/**
 * One figure of a report: its key (its path in the report's JSON, such as {@code inspection.committees.units}), its
 * value and the link to the list of records it counts (null where no list exists yet).
 */
public record Figure(String key, long value, String link) {

	/** The report section the figure belongs to: the first step of its key. */
	public String section() {
		return key.substring(0, key.indexOf('.'));
	}

	/** The message key of its label. */
	public String label() {
		return "reports.figure." + key;
	}
}
