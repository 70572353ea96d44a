package org.probity.integrity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.probity.discipline.Form;
import org.probity.discipline.StatuteOfLimitations;
import org.probity.people.PersonManagement;
import org.probity.petitions.PetitionManagement;
import org.probity.petitions.PetitionView;
import org.probity.steering.CommitteeManagement;
import org.probity.steering.DirectionManagement;
import org.probity.steering.DirectionQuery;
import org.probity.steering.DirectionView;
import org.probity.steering.TaskManagement;
import org.probity.steering.TaskQuery;
import org.probity.steering.TaskView;
import org.probity.units.UnitManagement;
import org.probity.units.UnitView;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/** Overdue petitions, directions and tasks; violations near their statute of limitations; cases stuck in a stage. */
@Component
class DeadlineSignals {

	private final PetitionManagement petitions;

	private final DirectionManagement directions;

	private final TaskManagement tasks;

	private final CommitteeManagement committees;

	private final UnitManagement units;

	private final PersonManagement people;

	private final Violations violations;

	private final CaseStages cases;

	private final ThresholdManagement thresholds;

	private final SignalRaiser raiser;

	DeadlineSignals(PetitionManagement petitions, DirectionManagement directions, TaskManagement tasks,
			CommitteeManagement committees, UnitManagement units, PersonManagement people, Violations violations,
			CaseStages cases, ThresholdManagement thresholds, SignalRaiser raiser) {
		this.petitions = petitions;
		this.directions = directions;
		this.tasks = tasks;
		this.committees = committees;
		this.units = units;
		this.people = people;
		this.violations = violations;
		this.cases = cases;
		this.thresholds = thresholds;
		this.raiser = raiser;
	}

	int overdue(LocalDate today) {
		int raised = 0;
		Map<String, UnitView> unitCache = new HashMap<>();
		Page<PetitionView> page;
		int n = 0;
		do {
			page = petitions.overdueOn(today, n++);
			for (PetitionView p : page) {
				raised += raise(SignalKind.OVERDUE, "petition:" + p.id(), p.reference(), unit(unitCache, p.handlingUnit()),
						new Evidence("petition", String.valueOf(p.id()), p.reference(), p.dueOn()), p.dueOn());
			}
		} while (page.hasNext());
		Page<DirectionView> directed;
		n = 0;
		do {
			directed = directions.list(new DirectionQuery(null, null, null, true, null), n++);
			for (DirectionView d : directed) {
				raised += raise(SignalKind.OVERDUE, "direction:" + d.id(), clip(d.content()),
						unit(unitCache, committees.get(d.committeeId()).unitCode()),
						new Evidence("direction", String.valueOf(d.id()), clip(d.content()), d.dueOn()), d.dueOn());
			}
		} while (directed.hasNext());
		Page<TaskView> assigned;
		n = 0;
		do {
			assigned = tasks.list(new TaskQuery(null, null, null, true, null), n++);
			for (TaskView t : assigned) {
				raised += raise(SignalKind.OVERDUE, "task:" + t.id(), clip(t.title()),
						unit(unitCache, committees.get(t.committeeId()).unitCode()),
						new Evidence("task", String.valueOf(t.id()), clip(t.title()), t.deadline()), t.deadline());
			}
		} while (assigned.hasNext());
		return raised;
	}

	/** The shortest limit (a reprimand's) counted from when the violation was found, less the unit's warning. */
	int statute(LocalDate today) {
		java.time.Period shortest = StatuteOfLimitations.limitFor(Form.REPRIMAND).orElseThrow();
		int raised = 0;
		for (Violations.Found found : violations.undisciplinedSince(today.minus(shortest)
			.plusDays(thresholds.everywhere(Thresholds::statuteWarningDays).max().orElse(0)))) {
			Optional<UnitView> unit = "PERSON".equals(found.targetKind())
					? people.find(found.targetCode()).flatMap(p -> units.find(p.person().unitCode()))
					: units.find(found.targetCode());
			if (unit.isEmpty()) {
				continue;
			}
			LocalDate limit = found.foundOn().plus(shortest);
			if (!today.isBefore(limit.minusDays(thresholds.at(unit.get().path()).statuteWarningDays()))) {
				raised += raise(SignalKind.STATUTE_EXPIRING, found.targetKind() + ":" + found.targetCode(),
						found.targetKind() + " " + found.targetCode(), unit.get(), new Evidence("activity",
								found.activityRef(), found.activityRef(), found.foundOn()), limit);
			}
		}
		return raised;
	}

	int stuck(LocalDate today) {
		int raised = 0;
		Map<String, UnitView> unitCache = new HashMap<>();
		for (CaseStages.Standing standing : cases.inStageSince(today.minusDays(thresholds.everywhere(Thresholds::stuckDays).min().orElse(1)))) {
			UnitView unit = unit(unitCache, standing.unitCode());
			if (unit != null && ChronoUnit.DAYS.between(standing.stageOn(), today) >= thresholds.at(unit.path())
				.stuckDays()) {
				raised += raise(SignalKind.STUCK_CASE, "case:" + standing.caseId(), standing.reference(), unit,
						new Evidence("case", String.valueOf(standing.caseId()), standing.reference() + " · "
								+ standing.stage(), standing.stageOn()), standing.stageOn());
			}
		}
		return raised;
	}

	private int raise(SignalKind kind, String key, String label, UnitView unit, Evidence evidence, LocalDate since) {
		if (unit == null) {
			return 0;
		}
		return raiser.raise(kind, new Subject(key, label, unit.code(), unit.path()), List.of(evidence),
				since == null ? null : since.toString()) ? 1 : 0;
	}

	private UnitView unit(Map<String, UnitView> cache, String code) {
		return code == null ? null : cache.computeIfAbsent(code, c -> units.find(c).orElse(null));
	}

	private static String clip(String text) {
		return text == null ? "" : text.length() > 120 ? text.substring(0, 120) + "…" : text;
	}
}
