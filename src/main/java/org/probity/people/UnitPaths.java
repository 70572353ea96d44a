package org.probity.people;

import org.probity.shared.Jurisdiction;
import org.probity.units.UnitMoved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps the copy of the unit path on each person in step when units move, in the moving transaction. */
@Component
class UnitPaths {

	private final JdbcTemplate jdbc;

	UnitPaths(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(UnitMoved moved) {
		jdbc.update("update people set scope_path = concat(?, substring(scope_path, ?)) where scope_path like ? escape '!'",
				moved.newPath(), moved.oldPath().length() + 1, Jurisdiction.escapeLike(moved.oldPath()) + "%");
	}
}
