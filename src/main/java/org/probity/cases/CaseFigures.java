package org.probity.cases;

import java.time.LocalDate;
import java.util.Map;

import org.probity.shared.InvalidField;
import org.probity.units.UnitManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report's case figures for a unit's subtree and a window of days (both ends included). Each figure counts with
 * the criteria of the list it drills down to ({@link CaseQuery#monitoredIn}, {@link CaseQuery#prosecutedIn},
 * {@link CaseQuery#reachedIn}, {@link CaseManagement#defendants}), so the two always agree.
 */
@Service
@Transactional(readOnly = true)
public class CaseFigures {

	private final CaseManagement cases;

	private final UnitManagement units;

	CaseFigures(CaseManagement cases, UnitManagement units) {
		this.cases = cases;
		this.units = units;
	}

	/**
	 * {@code monitored}: cases with a period under monitoring overlapping the window; {@code prosecuted}: cases that
	 * entered PROSECUTED in the window; {@code defendants}: defendants prosecuted in the window, each once;
	 * {@code byStage}: cases that entered each stage in the window.
	 */
	public record Figures(long monitored, long prosecuted, long defendants, Map<Stage, Long> byStage) {
	}

	public Figures of(String unitCode, LocalDate from, LocalDate to) {
		if (from == null || to == null) {
			throw new InvalidField(from == null ? "from" : "to", "is required");
		}
		units.pathOf(unitCode);
		Map<Stage, Long> byStage = byStage(unitCode, from, to);
		return new Figures(cases.count(CaseQuery.monitoredIn(unitCode, from, to)), byStage.get(Stage.PROSECUTED),
				cases.countDefendants(unitCode, from, to), byStage);
	}

	/** Cases that entered each stage in the window, every stage present: one grouped count. */
	public Map<Stage, Long> byStage(String unitCode, LocalDate from, LocalDate to) {
		if (from == null || to == null) {
			throw new InvalidField(from == null ? "from" : "to", "is required");
		}
		return cases.countReachedByStage(unitCode, from, to);
	}
}
