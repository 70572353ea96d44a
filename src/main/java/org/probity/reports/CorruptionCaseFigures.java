package org.probity.reports;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The report's case figures from the cases module, each linking to the list of exactly what it counts: cases
 * monitored in the window, cases that entered prosecution in it, and defendants prosecuted in it.
 */
@Component
class CorruptionCaseFigures implements CaseFiguresSource {

	private final org.probity.cases.CaseFigures cases;

	CorruptionCaseFigures(org.probity.cases.CaseFigures cases) {
		this.cases = cases;
	}

	@Override
	public CaseFigures of(String unitCode, LocalDate from, LocalDate to) {
		org.probity.cases.CaseFigures.Figures figures = cases.of(unitCode, from, to);
		return new CaseFigures(figures.monitored(), figures.prosecuted(), figures.defendants());
	}

	@Override
	public List<Bar> byStage(String unitCode, LocalDate from, LocalDate to) {
		return cases.byStage(unitCode, from, to).entrySet().stream()
			.map(stage -> Bar.of(stage.getKey().name(), stage.getValue(), Links.to("/cases", unitCode, null, null,
					"reached", stage.getKey().name(), "reachedFrom", from.toString(), "reachedTo", to.toString())))
			.toList();
	}

	@Override
	public String link(String figure, String unitCode, LocalDate from, LocalDate to) {
		return switch (figure) {
			case "cases.monitored" -> link("/cases", unitCode, "monitored", from, to);
			case "cases.prosecuted" -> link("/cases", unitCode, "prosecuted", from, to);
			case "cases.defendants" -> link("/cases/defendants", unitCode, "prosecuted", from, to);
			default -> null;
		};
	}

	private static String link(String path, String unitCode, String window, LocalDate from, LocalDate to) {
		return UriComponentsBuilder.fromPath(path)
			.queryParam("unit", unitCode)
			.queryParam(window + "From", from)
			.queryParam(window + "To", to)
			.encode()
			.build()
			.toUriString();
	}
}
