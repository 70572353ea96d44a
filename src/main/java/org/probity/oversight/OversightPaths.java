package org.probity.oversight;

import org.probity.people.PersonsMerged;
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

	/** Activities that looked at a duplicate person now look at the person kept (once, if at both). */
	@EventListener
	void on(PersonsMerged merged) {
		jdbc.update("delete from oversight_targets where target_kind = 'PERSON' and target_code = ? and activity_id in "
				+ "(select t.activity_id from oversight_targets t where t.target_kind = 'PERSON' and t.target_code = ?)",
				merged.mergedCode(), merged.keptCode());
		jdbc.update("update oversight_targets set target_code = ? where target_kind = 'PERSON' and target_code = ?",
				merged.keptCode(), merged.mergedCode());
	}
}
