package org.probity.reports;

import java.time.LocalDate;

import org.probity.discipline.DisciplineFigures;
import org.probity.oversight.OversightFigures;
import org.probity.petitions.PetitionFigures;
import org.probity.shared.InvalidField;
import org.probity.steering.SteeringFigures;
import org.probity.units.UnitManagement;
import org.probity.units.UnitView;
import org.probity.units.UnknownUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the oversight report from the records, within the reader's jurisdiction: a unit outside it is as unknown
 * as a unit that does not exist (404), as everywhere else.
 */
@Service
@Transactional(readOnly = true)
public class OversightReports {

	/** Dates both databases store: hostile years (such as -5000) are refused rather than failing in SQL. */
	static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);

	static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

	private final UnitManagement units;

	private final OversightFigures inspection;

	private final DisciplineFigures discipline;

	private final PetitionFigures petitions;

	private final CaseFiguresSource cases;

	private final SteeringFigures steering;

	OversightReports(UnitManagement units, OversightFigures inspection, DisciplineFigures discipline,
			PetitionFigures petitions, CaseFiguresSource cases, SteeringFigures steering) {
		this.steering = steering;
		this.units = units;
		this.inspection = inspection;
		this.discipline = discipline;
		this.petitions = petitions;
		this.cases = cases;
	}

	public OversightReport of(String unitCode, LocalDate from, LocalDate to) {
		UnitView unit = unit(units, unitCode, from, to);
		String code = unit.code();
		return new OversightReport(unit.code(), unit.name(), from, to, inspection.of(code, from, to),
				discipline.of(code, from, to), petitions.of(code, from, to), cases.of(code, from, to),
				SteeringCounts.of(steering.of(code, from, to)), DrillDowns.of(unit.code(), from, to, cases));
	}

	/** The unit a report or dashboard covers, once its window is checked; one outside the jurisdiction is unknown. */
	static UnitView unit(UnitManagement units, String unitCode, LocalDate from, LocalDate to) {
		if (unitCode == null || unitCode.isBlank()) {
			throw new InvalidField("unit", "is required: the code of the unit whose subtree the report covers");
		}
		requireDate("from", from);
		requireDate("to", to);
		if (to.isBefore(from)) {
			throw new InvalidField("to", "is before from (" + from + ")");
		}
		String code = unitCode.strip();
		return units.find(code).orElseThrow(() -> new UnknownUnit(code));
	}

	private static void requireDate(String field, LocalDate date) {
		if (date == null) {
			throw new InvalidField(field, "is required (YYYY-MM-DD)");
		}
		if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
			throw new InvalidField(field, "must be between " + EARLIEST + " and " + LATEST);
		}
	}
}
