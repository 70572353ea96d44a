package org.probity.steering;

import java.util.List;

import org.probity.units.UnitMoved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps every steering record's copy of its unit's path in step when units move, in the moving transaction. */
@Component
class SteeringPaths {

	private static final List<String> TABLES = List.of("steering_committees", "steering_meetings",
			"steering_directions", "steering_tasks", "steering_programmes", "steering_targets", "steering_scores");

	private final JdbcTemplate jdbc;

	SteeringPaths(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(UnitMoved moved) {
		TABLES.forEach(table -> moved.rewriteScopePaths(jdbc, table));
	}
}
