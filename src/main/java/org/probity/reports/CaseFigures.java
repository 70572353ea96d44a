package org.probity.reports;

/** The report's corruption-case figures: cases under monitoring, prosecutions and their defendants. */
public record CaseFigures(long monitored, long prosecuted, long defendants) {

	public static final CaseFigures NONE = new CaseFigures(0, 0, 0);
}
