package org.probity.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.probity.discipline.DisciplineFigures;
import org.probity.oversight.PlanItems;
import org.probity.oversight.PlanProgress;
import org.probity.petitions.PetitionBreakdown;
import org.probity.steering.SteeringFigures;
import org.probity.steering.TargetManagement;
import org.probity.units.UnitManagement;
import org.probity.units.UnitView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes a unit's dashboard from the other modules' figures, within the reader's jurisdiction (a unit outside it
 * is unknown, 404): one grouped reading per chart, never one per bar.
 */
@Service
@Transactional(readOnly = true)
public class Dashboards {

	private final UnitManagement units;

	private final PetitionBreakdown petitions;

	private final SteeringFigures steering;

	private final PlanItems plan;

	private final DisciplineFigures discipline;

	private final CaseFiguresSource cases;

	private final TargetManagement targets;

	Dashboards(UnitManagement units, PetitionBreakdown petitions, SteeringFigures steering, PlanItems plan,
			DisciplineFigures discipline, CaseFiguresSource cases, TargetManagement targets) {
		this.units = units;
		this.petitions = petitions;
		this.steering = steering;
		this.plan = plan;
		this.discipline = discipline;
		this.cases = cases;
		this.targets = targets;
	}

	public Dashboard of(String unitCode, LocalDate from, LocalDate to) {
		UnitView unit = OversightReports.unit(units, unitCode, from, to);
		String code = unit.code();
		PetitionBreakdown.Figures letters = petitions.of(code, from, to);
		SteeringFigures.Figures committees = steering.of(code, from, to);
		List<Chart> charts = new ArrayList<>();
		charts.add(new Chart("petitionsByMonth", PetitionMonths.bars(letters.byMonth(), code, from, to)));
		charts.add(new Chart("petitionsByKind", bars(letters.byKind(), "kind", "/petitions", code, from, to)));
		charts.add(new Chart("petitionsByStatus", bars(letters.byStatus(), "status", "/petitions", code, from, to)));
		charts.add(new Chart("overdue", List.of(
				Bar.of("petitions", letters.overdue(), Links.to("/petitions", code, from, to, "overdue", "true")),
				Bar.of("directions", committees.directionsOverdue(),
						Links.to("/steering/figures/directions-overdue", code, from, to)),
				Bar.of("tasks", committees.tasksOverdue(), Links.to("/steering/figures/tasks-overdue", code, from, to)))));
		charts.add(new Chart("plan", plan(code, from, to)));
		charts.add(new Chart("disciplineByForm",
				bars(discipline.of(code, from, to).byForm(), "form", "/discipline", code, from, to)));
		charts.add(new Chart("casesByStage", cases.byStage(code, from, to)));
		charts.add(new Chart("targets", targets(code, from, to)));
		return new Dashboard(code, unit.name(), from, to, List.copyOf(charts));
	}

	private List<Bar> plan(String code, LocalDate from, LocalDate to) {
		PlanProgress progress = plan.count(code, from, to);
		long[] values = { progress.planned(), progress.started(), progress.concluded(), progress.overdue() };
		List<Bar> bars = new ArrayList<>();
		for (PlanItems.Progress which : PlanItems.Progress.values()) {
			bars.add(Bar.of(which.name(), values[which.ordinal()],
					Links.to("/oversight/plan-items", code, from, to, "progress", which.name())));
		}
		return bars;
	}

	/** The subtree's targets for the years the window touches, each as achieved out of planned. */
	private List<Bar> targets(String code, LocalDate from, LocalDate to) {
		return targets.list(code, null).stream()
			.filter(target -> target.year() >= from.getYear() && target.year() <= to.getYear())
			.map(target -> new Bar(String.valueOf(target.id()), target.title() + " · " + target.year(),
					target.achieved(), target.planned(), Links.to("/steering/targets", target.unitCode(), null, null,
							"year", String.valueOf(target.year()))))
			.toList();
	}

	private static List<Bar> bars(Map<? extends Enum<?>, Long> counts, String filter, String path, String code,
			LocalDate from, LocalDate to) {
		return counts.entrySet().stream()
			.map(count -> Bar.of(count.getKey().name(), count.getValue(),
					Links.to(path, code, from, to, filter, count.getKey().name())))
			.toList();
	}
}
