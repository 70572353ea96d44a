package org.probity.oversight;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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

	/** A new ref, or one already recorded inside the importer's subtree. */
	boolean mayWrite(String ref) {
		List<String> paths = jdbc.queryForList("select scope_path from oversight_activities where ref = ?", String.class,
				ref);
		return paths.isEmpty() || Jurisdiction.covers(paths.get(0));
	}

	/** Upserts the rows' activities, then their targets; a later row for the same target wins. */
	void upsert(Collection<ActivityRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		Map<String, ActivityRow> activities = new LinkedHashMap<>();
		rows.forEach(row -> activities.putIfAbsent(row.ref(), row));
		Map<String, Long> ids = ids(activities.keySet());
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> updates = new ArrayList<>();
		List<Object[]> inserts = new ArrayList<>();
		for (ActivityRow row : activities.values()) {
			Object[] values = { row.type().name(), row.body().name(), row.conductor().code(), row.conductor().path(),
					row.programme().name(), date(row.startedOn()), date(row.concludedOn()), now, row.ref() };
			(ids.containsKey(row.ref()) ? updates : inserts).add(values);
		}
		jdbc.batchUpdate("update oversight_activities set activity_type = ?, body = ?, conducted_by = ?, "
				+ "scope_path = ?, programme = ?, started_on = ?, concluded_on = ?, updated_at = ? where ref = ?", updates);
		jdbc.batchUpdate("insert into oversight_activities (activity_type, body, conducted_by, scope_path, programme, "
				+ "started_on, concluded_on, updated_at, ref) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts);
		if (!inserts.isEmpty()) {
			ids = ids(activities.keySet());
		}
		targets(rows, ids);
	}

	private void targets(Collection<ActivityRow> rows, Map<String, Long> ids) {
		Set<String> known = new HashSet<>();
		named.query("select activity_id, target_kind, target_code from oversight_targets where activity_id in (:ids)",
				Map.of("ids", ids.values()), rs -> {
					known.add(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3));
				});
		Map<String, ActivityRow> latest = new LinkedHashMap<>();
		rows.forEach(row -> latest.put(row.targetKey(), row));
		List<Object[]> updates = new ArrayList<>();
		List<Object[]> inserts = new ArrayList<>();
		for (ActivityRow row : latest.values()) {
			long id = ids.get(row.ref());
			Object[] values = { row.outcome() == null ? null : row.outcome().name(), row.targetPath(), id,
					row.targetKind().name(), row.targetCode() };
			(known.contains(id + "|" + row.targetKind() + "|" + row.targetCode()) ? updates : inserts).add(values);
		}
		jdbc.batchUpdate("update oversight_targets set outcome = ?, target_path = ? where activity_id = ? "
				+ "and target_kind = ? and target_code = ?", updates);
		jdbc.batchUpdate("insert into oversight_targets (outcome, target_path, activity_id, target_kind, target_code) "
				+ "values (?, ?, ?, ?, ?)", inserts);
	}

	private Map<String, Long> ids(Set<String> refs) {
		Map<String, Long> ids = new HashMap<>();
		named.query("select ref, id from oversight_activities where ref in (:refs)", Map.of("refs", refs),
				rs -> {
					ids.put(rs.getString(1), rs.getLong(2));
				});
		return ids;
	}

	private static Date date(LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}
}
