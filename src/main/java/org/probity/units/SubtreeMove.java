package org.probity.units;

import org.probity.shared.Jurisdiction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Moves a unit's whole subtree to a new path in SQL and tells the modules that copy paths ({@link UnitMoved}). */
@Component
class SubtreeMove {

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	SubtreeMove(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Answers the unit's path before the move. */
	String move(String code, String newPath) {
		String oldPath = jdbc.queryForObject("select path from units where code = ?", String.class, code);
		jdbc.update("update units set path = concat(?, substring(path, ?)), depth = depth + ?, updated_at = ? "
				+ "where path like ? escape '!'", newPath, oldPath.length() + 1,
				UnitsDataset.depth(newPath) - UnitsDataset.depth(oldPath), java.sql.Timestamp.from(java.time.Instant.now()),
				Jurisdiction.subtreePattern(oldPath));
		events.publishEvent(new UnitMoved(code, oldPath, newPath));
		return oldPath;
	}

	void reparent(String code, String parentCode) {
		jdbc.update("update units set parent_code = ? where code = ?", parentCode, code);
	}
}
