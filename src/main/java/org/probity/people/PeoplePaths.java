package org.probity.people;

import org.probity.units.UnitMoved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps the copy of the unit path on each person in step when units move, in the moving transaction. */
@Component
class PeoplePaths {

	private final JdbcTemplate jdbc;

	PeoplePaths(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(UnitMoved moved) {
		moved.rewriteScopePaths(jdbc, "people");
	}
}
