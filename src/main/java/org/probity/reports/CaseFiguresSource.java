package org.probity.reports;

import java.time.LocalDate;

/**
 * Where the report takes its corruption-case figures from: {@link CorruptionCaseFigures} asks the cases module, so
 * that reports depends on cases and never the other way round.
 */
interface CaseFiguresSource {

	CaseFigures of(String unitCode, LocalDate from, LocalDate to);

	/** The list a case figure drills down to, such as {@code /cases?unit=…}; null while there is none. */
	default String link(String figure, String unitCode, LocalDate from, LocalDate to) {
		return null;
	}
}
