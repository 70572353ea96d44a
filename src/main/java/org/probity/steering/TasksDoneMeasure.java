package org.probity.steering;

import java.time.Year;

import org.probity.shared.Jurisdiction;
import org.springframework.stereotype.Component;

/** Tasks of committees in the unit's subtree done in the year. */
@Component
class TasksDoneMeasure implements TargetMeasure {

	private final SteeringTasks tasks;

	TasksDoneMeasure(SteeringTasks tasks) {
		this.tasks = tasks;
	}

	@Override
	public String key() {
		return "TASKS_DONE";
	}

	@Override
	public long count(String unitCode, String unitPath, Year year) {
		return tasks.countDone(Jurisdiction.subtreePattern(unitPath), year.atDay(1), year.atMonth(12).atEndOfMonth());
	}
}
