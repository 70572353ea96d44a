package org.probity.oversight;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts, in one grouped query over the targets' paths, how often each unit and person of a subtree was the target
 * of activities started in a period, by type, body and conducting unit. Every activity counts, whoever conducted
 * it: coverage asks whether a unit was reached at all, and a reader sees only subtrees within their jurisdiction.
 */
@Component
class CoverageCounts {

	record Count(TargetKind kind, String code, ActivityType type, Body body, String conductedBy, long times,
			LocalDate lastOn) {
	}

	private final JdbcTemplate jdbc;

	CoverageCounts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Count> of(String subtreePattern, LocalDate from, LocalDate to) {
		return jdbc.query("""
				select t.target_kind, t.target_code, a.activity_type, a.body, a.conducted_by, count(*), max(a.started_on)
				from oversight_targets t join oversight_activities a on a.id = t.activity_id
				where t.target_path like ? escape '!' and a.started_on between ? and ?
				group by t.target_kind, t.target_code, a.activity_type, a.body, a.conducted_by""",
				(rs, n) -> new Count(TargetKind.valueOf(rs.getString(1)), rs.getString(2),
						ActivityType.valueOf(rs.getString(3)), Body.valueOf(rs.getString(4)), rs.getString(5),
						rs.getLong(6), rs.getDate(7).toLocalDate()),
				subtreePattern, Date.valueOf(from), Date.valueOf(to));
	}
}
