package org.probity.cases;

import org.probity.people.PersonsMerged;
import org.probity.units.UnitMoved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps each case's copy of its unit's path in step when units move, in the moving transaction. */
@Component
class CasePaths {

	private final JdbcTemplate jdbc;

	CasePaths(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(UnitMoved moved) {
		moved.rewriteScopePaths(jdbc, "corruption_case");
	}

	@EventListener
	void on(PersonsMerged merged) {
		jdbc.update("update corruption_case_defendants set person_code = ? where person_code = ?", merged.keptCode(),
				merged.mergedCode());
	}
}
