package org.probity.integrity;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.probity.oversight.Coverage;
import org.probity.oversight.MemberCoverage;
import org.probity.oversight.OversightCoverage;
import org.probity.oversight.UnitCoverage;
import org.probity.units.UnitManagement;
import org.probity.units.UnitView;
import org.springframework.stereotype.Component;

/**
 * Units and party members nobody inspected or supervised for the years their unit's threshold says ("no blind
 * spots"). Coverage is asked once per root and per distinct number of years in force, never per unit; only the
 * coverage asked with a unit's own number of years speaks for it.
 */
@Component
class CoverageSignals {

	private final OversightCoverage coverage;

	private final UnitManagement units;

	private final ThresholdManagement thresholds;

	private final SignalRaiser raiser;

	CoverageSignals(OversightCoverage coverage, UnitManagement units, ThresholdManagement thresholds, SignalRaiser raiser) {
		this.coverage = coverage;
		this.units = units;
		this.thresholds = thresholds;
		this.raiser = raiser;
	}

	int uninspected(LocalDate today) {
		int raised = 0;
		for (UnitView root : units.roots()) {
			Map<String, UnitView> tree = new HashMap<>();
			units.subtree(root.code()).forEach(unit -> tree.put(unit.code(), unit));
			Map<Integer, Coverage> byYears = new HashMap<>();
			thresholds.everywhere(Thresholds::uninspectedYears).distinct().forEach(years -> byYears.put(years,
					coverage.of(root.code(), today.minusYears(years).plusDays(1), today, true)));
			var limits = thresholds.resolver();
			for (var entry : byYears.entrySet()) {
				int years = entry.getKey();
				Coverage covered = entry.getValue();
				for (UnitCoverage unit : covered.units()) {
					UnitView view = tree.get(unit.code());
					if (unit.reach().times() == 0 && view != null && limits.apply(view.path()).uninspectedYears() == years) {
						raised += raise("unit:" + unit.code(), unit.name(), view, "unit", unit.code(), years, today);
					}
				}
				for (MemberCoverage member : covered.members()) {
					UnitView view = tree.get(member.unitCode());
					if (member.reach().times() == 0 && view != null && limits.apply(view.path()).uninspectedYears() == years) {
						raised += raise("person:" + member.code(), member.fullName(), view, "person", member.code(),
								years, today);
					}
				}
			}
		}
		return raised;
	}

	private int raise(String key, String label, UnitView unit, String type, String ref, int years, LocalDate today) {
		return raiser.raise(SignalKind.NOT_INSPECTED, new Subject(key, label, unit.code(), unit.path()),
				List.of(new Evidence(type, ref, label, null)), years + "y → " + today) ? 1 : 0;
	}
}
