package org.probity.petitions;

import org.probity.units.UnitMoved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps the copies of unit paths on petitions, reception sessions and alerts in step when units move. */
@Component
class PetitionPaths {

	private final JdbcTemplate jdbc;

	PetitionPaths(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(UnitMoved moved) {
		for (String table : new String[] { "petitions", "reception_sessions", "petition_alerts" }) {
			moved.rewriteScopePaths(jdbc, table);
		}
	}
}
