package org.probity.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the report takes its corruption-case figures from: {@link CorruptionCaseFigures} asks the cases module, so
 * that reports depends on cases and never the other way round.
 */
interface CaseFiguresSource {

	CaseFigures of(String unitCode, LocalDate from, LocalDate to);

	/** The list a case figure drills down to, such as {@code /cases?unit=…}; null while there is none. */
	/** Cases that entered each stage in the window, each bar linking to them; empty while there is no source. */
	default List<Bar> byStage(String unitCode, LocalDate from, LocalDate to) {
		return List.of();
	}

	default String link(String figure, String unitCode, LocalDate from, LocalDate to) {
		return null;
	}
}
