package org.probity.oversight;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.probity.shared.Jurisdiction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes imported rows straight to the tables, a batch at a time: an activity by its ref, a target by (activity,
 * kind, code), so importing the same file again updates rather than duplicates. A batch costs a handful of
 * statements whatever its size, instead of four or five per row.
 */
@Component
class ActivityImports {

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	ActivityImports(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	/** Those of the refs already recorded outside the importer's subtree. */
	List<String> outsideJurisdiction(Collection<String> refs) {
		List<String> outside = new ArrayList<>();
		named.query("select ref, scope_path from oversight_activities where ref in (:refs)", Map.of("refs", refs),
				rs -> {
					if (!Jurisdiction.covers(rs.getString(2))) {
						outside.add(rs.getString(1));
					}
				});
		return outside;
	}

	/**
	 * Upserts the rows' activities, then their targets; a later row for the same target wins. Rows that would change
	 * nothing are not written, so re-importing a term of records costs little more than reading it.
	 */
	void upsert(Collection<ActivityRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		Map<String, ActivityRow> activities = new LinkedHashMap<>();
		rows.forEach(row -> activities.putIfAbsent(row.ref(), row));
		Map<String, Known> known = activities(activities.keySet());
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> updates = new ArrayList<>();
		List<Object[]> inserts = new ArrayList<>();
		for (ActivityRow row : activities.values()) {
			Known before = known.get(row.ref());
			if (before == null || !before.state().equals(state(row))) {
				Object[] values = { row.type().name(), row.body().name(), row.conductor().code(),
						row.conductor().path(), row.programme().name(), date(row.startedOn()), date(row.concludedOn()),
						now, row.ref() };
				(before == null ? inserts : updates).add(values);
			}
		}
		jdbc.batchUpdate("update oversight_activities set activity_type = ?, body = ?, conducted_by = ?, "
				+ "scope_path = ?, programme = ?, started_on = ?, concluded_on = ?, updated_at = ? where ref = ?", updates);
		jdbc.batchUpdate("insert into oversight_activities (activity_type, body, conducted_by, scope_path, programme, "
				+ "started_on, concluded_on, updated_at, ref) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts);
		if (!inserts.isEmpty()) {
			known = activities(activities.keySet());
		}
		Map<String, Long> ids = new HashMap<>();
		known.forEach((ref, activity) -> ids.put(ref, activity.id()));
		targets(rows, ids);
	}

	private void targets(Collection<ActivityRow> rows, Map<String, Long> ids) {
		Map<String, String> known = new HashMap<>();
		named.query("select activity_id, target_kind, target_code, outcome, target_path from oversight_targets "
				+ "where activity_id in (:ids)", Map.of("ids", ids.values()), rs -> {
					known.put(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3),
							rs.getString(4) + "|" + rs.getString(5));
				});
		Map<String, ActivityRow> latest = new LinkedHashMap<>();
		rows.forEach(row -> latest.put(row.targetKey(), row));
		List<Object[]> updates = new ArrayList<>();
		List<Object[]> inserts = new ArrayList<>();
		for (ActivityRow row : latest.values()) {
			long id = ids.get(row.ref());
			String outcome = row.outcome() == null ? null : row.outcome().name();
			String before = known.get(id + "|" + row.targetKind() + "|" + row.targetCode());
			if (before == null || !before.equals(outcome + "|" + row.targetPath())) {
				Object[] values = { outcome, row.targetPath(), id, row.targetKind().name(), row.targetCode() };
				(before == null ? inserts : updates).add(values);
			}
		}
		jdbc.batchUpdate("update oversight_targets set outcome = ?, target_path = ? where activity_id = ? "
				+ "and target_kind = ? and target_code = ?", updates);
		jdbc.batchUpdate("insert into oversight_targets (outcome, target_path, activity_id, target_kind, target_code) "
				+ "values (?, ?, ?, ?, ?)", inserts);
	}

	/** An activity already recorded: its id, and its columns as one text to compare with a row's. */
	private record Known(long id, String state) {
	}

	private Map<String, Known> activities(Set<String> refs) {
		Map<String, Known> known = new HashMap<>();
		named.query("select ref, id, activity_type, body, conducted_by, scope_path, programme, started_on, concluded_on "
				+ "from oversight_activities where ref in (:refs)", Map.of("refs", refs), rs -> {
					Date concluded = rs.getDate(9);
					known.put(rs.getString(1), new Known(rs.getLong(2), String.join("|", rs.getString(3),
							rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
							rs.getDate(8).toLocalDate().toString(), concluded == null ? "" : concluded.toLocalDate().toString())));
				});
		return known;
	}

	private static String state(ActivityRow row) {
		return String.join("|", row.type().name(), row.body().name(), row.conductor().code(), row.conductor().path(),
				row.programme().name(), row.startedOn().toString(),
				row.concludedOn() == null ? "" : row.concludedOn().toString());
	}

	private static Date date(LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}
}
