package org.probity.discipline;

import org.probity.people.PersonsMerged;
import org.probity.units.UnitMoved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps each decision's copy of its target's path in step when units move, in the moving transaction. */
@Component
class TargetPaths {

	private final JdbcTemplate jdbc;

	TargetPaths(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(UnitMoved moved) {
		moved.rewriteScopePaths(jdbc, "discipline_decisions");
		moved.rewriteScopePaths(jdbc, "discipline_administrative");
	}

	/** Decisions on a duplicate person now name the person kept. */
	@EventListener
	void on(PersonsMerged merged) {
		jdbc.update("update discipline_decisions set target_code = ? where target_kind = 'PERSON' and target_code = ?",
				merged.keptCode(), merged.mergedCode());
	}
}
