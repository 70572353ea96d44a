package org.probity.discipline;

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
}
