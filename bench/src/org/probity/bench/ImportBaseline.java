package org.probity.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The import's raw baseline: the same CSV rows inserted by plain JDBC batches into the same tables of the same
 * database, one commit per file, under keys prefixed {@code ZB} (removed afterwards). It writes only the rows the
 * CSV describes: no checks, no paths worked out, no repeat keys, sealed identities, timeline or audit.
 */
final class ImportBaseline {

	private static final int BATCH = 1_000;

	private static final Timestamp NOW = Timestamp.from(Instant.now());

	private final Connection db;

	ImportBaseline(Connection db) {
		this.db = db;
	}

	Map<String, Loading.Load> run(Map<String, ChunkedCsv.Dataset> datasets) throws Exception {
		db.setAutoCommit(false);
		Map<String, Loading.Load> loads = new LinkedHashMap<>();
		try {
			for (ChunkedCsv.Dataset dataset : datasets.values()) {
				long rows = 0;
				long nanos = 0;
				for (Path file : dataset.files()) {
					List<String[]> csv = Loading.rows(file);
					long began = System.nanoTime();
					rows += insert(dataset.name(), csv.subList(1, csv.size()));
					db.commit();
					nanos += System.nanoTime() - began;
				}
				loads.put(dataset.name(), new Loading.Load(dataset.name(), rows, nanos, -1));
			}
		}
		finally {
			clean();
		}
		return loads;
	}

	private long insert(String dataset, List<String[]> rows) throws Exception {
		return switch (dataset) {
			case "units" -> batch("insert into units (code, name, name_folded, kind, parent_code, path, depth, valid_from, "
					+ "valid_to, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows,
					r -> new Object[] { "ZB" + r[0], r[1], r[1].toLowerCase(), r[2], r[3].isEmpty() ? null : "ZB" + r[3],
							"/ZB/" + r[0] + "/", 1, date(r[4]), date(r[5]), NOW });
			case "people" -> batch("insert into people (code, full_name, name_folded, birth_date, unit_code, scope_path, "
					+ "position, party_member, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows,
					r -> new Object[] { "ZB" + r[0], r[1], r[1].toLowerCase(), date(r[2]), r[3], "/ZB/" + r[3] + "/",
							r[4].isEmpty() ? null : r[4], Boolean.parseBoolean(r[5]), NOW });
			case "oversight" -> oversight(rows);
			case "discipline" -> batch("insert into discipline_decisions (ref, target_kind, target_code, form, decided_by, "
					+ "decided_on, reason, scope_path, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", rows,
					r -> new Object[] { "ZB" + r[0], r[1], r[2], r[3], r[4], date(r[5]), r[6], "/ZB/", NOW });
			case "petitions" -> batch(Petitions.INSERT, rows, r -> Petitions.values("ZB" + r[0], r[1], r[2], date(r[3]), r[4],
					Boolean.parseBoolean(r[5]), r[6].isEmpty() ? 0 : r[6].split(";").length, r[7], r[8], r[9]));
			default -> throw new IllegalArgumentException(dataset);
		};
	}

	/** Activities once per ref, then their targets by the ids the activities were given. */
	private long oversight(List<String[]> rows) throws Exception {
		Map<String, String[]> activities = new LinkedHashMap<>();
		rows.forEach(r -> activities.putIfAbsent(r[0], r));
		batch("insert into oversight_activities (ref, activity_type, body, conducted_by, scope_path, programme, started_on, "
				+ "concluded_on, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", List.copyOf(activities.values()),
				r -> new Object[] { "ZB" + r[0], r[1], r[2], r[3], "/ZB/", r[4], date(r[7]), date(r[8]), NOW });
		Map<String, Long> ids = new HashMap<>();
		try (Statement query = db.createStatement();
				ResultSet found = query.executeQuery("select ref, id from oversight_activities where ref like 'ZB%'")) {
			while (found.next()) {
				ids.put(found.getString(1).substring(2), found.getLong(2));
			}
		}
		batch("insert into oversight_targets (activity_id, target_kind, target_code, outcome) values (?, ?, ?, ?)", rows,
				r -> new Object[] { ids.get(r[0]), r[5], r[6], r[9].isEmpty() ? null : r[9] });
		return rows.size();
	}

	private long batch(String sql, List<String[]> rows, java.util.function.Function<String[], Object[]> values)
			throws Exception {
		try (PreparedStatement insert = db.prepareStatement(sql)) {
			int pending = 0;
			for (String[] row : rows) {
				Object[] params = values.apply(row);
				for (int i = 0; i < params.length; i++) {
					insert.setObject(i + 1, params[i]);
				}
				insert.addBatch();
				if (++pending == BATCH) {
					insert.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				insert.executeBatch();
			}
		}
		return rows.size();
	}

	private void clean() throws Exception {
		db.rollback();
		try (Statement statement = db.createStatement()) {
			statement.executeUpdate("delete from oversight_targets where activity_id in "
					+ "(select id from oversight_activities where ref like 'ZB%')");
			statement.executeUpdate("delete from oversight_activities where ref like 'ZB%'");
			statement.executeUpdate("delete from discipline_decisions where ref like 'ZB%'");
			statement.executeUpdate("delete from petitions where reference like 'ZB%'");
			statement.executeUpdate("delete from people where code like 'ZB%'");
			statement.executeUpdate("delete from units where code like 'ZB%'");
		}
		db.commit();
		db.setAutoCommit(true);
	}

	static Date date(String iso) {
		return iso == null || iso.isEmpty() ? null : Date.valueOf(LocalDate.parse(iso));
	}
}
