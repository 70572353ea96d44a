package org.probity.access;

import org.probity.shared.Jurisdiction;
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
		jdbc.update("update users set scope_path = concat(?, substring(scope_path, ?)) where scope_path like ? escape '!'",
				moved.newPath(), moved.oldPath().length() + 1, Jurisdiction.escapeLike(moved.oldPath()) + "%");
	}
}
