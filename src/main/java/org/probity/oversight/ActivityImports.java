package org.probity.oversight;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.probity.shared.Jurisdiction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes imported rows straight to the tables: an activity by its ref, a target by (activity, kind, code), so
 * importing the same file again updates rather than duplicates.
 */
@Component
class ActivityImports {

	private final JdbcTemplate jdbc;

	ActivityImports(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A new ref, or one already recorded inside the importer's subtree. */
	boolean mayWrite(String ref) {
		List<String> paths = jdbc.queryForList("select scope_path from oversight_activities where ref = ?", String.class,
				ref);
		return paths.isEmpty() || Jurisdiction.covers(paths.get(0));
	}

	void upsert(ActivityRow row) {
		Object[] activity = { row.type().name(), row.body().name(), row.conductor().code(), row.conductor().path(),
				row.programme().name(), date(row.startedOn()), date(row.concludedOn()), Timestamp.from(Instant.now()),
				row.ref() };
		int updated = jdbc.update("update oversight_activities set activity_type = ?, body = ?, conducted_by = ?, "
				+ "scope_path = ?, programme = ?, started_on = ?, concluded_on = ?, updated_at = ? where ref = ?", activity);
		if (updated == 0) {
			jdbc.update("insert into oversight_activities (activity_type, body, conducted_by, scope_path, programme, "
					+ "started_on, concluded_on, updated_at, ref) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", activity);
		}
		long id = jdbc.queryForObject("select id from oversight_activities where ref = ?", Long.class, row.ref());
		String outcome = row.outcome() == null ? null : row.outcome().name();
		int target = jdbc.update("update oversight_targets set outcome = ? where activity_id = ? and target_kind = ? "
				+ "and target_code = ?", outcome, id, row.targetKind().name(), row.targetCode());
		if (target == 0) {
			jdbc.update("insert into oversight_targets (outcome, activity_id, target_kind, target_code) values (?, ?, ?, ?)",
					outcome, id, row.targetKind().name(), row.targetCode());
		}
	}

	private static Date date(LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}
}
