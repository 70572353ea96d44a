package org.probity.oversight;

import org.probity.units.UnitMoved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps the conducting units' paths on activities in step when units move, in the moving transaction. */
@Component
class OversightPaths {

	private final JdbcTemplate jdbc;

	OversightPaths(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(UnitMoved moved) {
		moved.rewriteScopePaths(jdbc, "oversight_activities");
	}
}
