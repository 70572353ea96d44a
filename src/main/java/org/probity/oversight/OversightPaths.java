package org.probity.oversight;

import org.probity.units.UnitMoved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the copied paths in step when units move, in the moving transaction: the conducting bodies' paths on
 * activities, programmes and follow-ups, and the targets' paths that coverage reads.
 */
@Component
class OversightPaths {

	private final JdbcTemplate jdbc;

	OversightPaths(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(UnitMoved moved) {
		for (String table : new String[] { "oversight_activities", "oversight_programmes", "oversight_remedial_actions",
				"oversight_referrals" }) {
			moved.rewriteScopePaths(jdbc, table);
		}
		moved.rewritePaths(jdbc, "oversight_targets", "target_path");
	}
}
