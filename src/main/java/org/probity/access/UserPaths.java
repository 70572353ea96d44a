package org.probity.access;

import org.probity.people.PersonsMerged;
import org.probity.units.UnitMoved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Moves users' jurisdictions along with their home units, in the moving transaction. */
@Component
class UserPaths {

	private final JdbcTemplate jdbc;

	UserPaths(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(UnitMoved moved) {
		moved.rewriteScopePaths(jdbc, "users");
	}

	@EventListener
	void on(PersonsMerged merged) {
		jdbc.update("update users set person_code = ? where person_code = ?", merged.keptCode(), merged.mergedCode());
	}
}
