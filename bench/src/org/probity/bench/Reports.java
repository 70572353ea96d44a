package org.probity.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * The oversight report ({@code GET /api/v1/reports/oversight}) for a unit's subtree over the five generated years,
 * and its baseline: the same counts written by hand in SQL over the same tables (what OversightFigures,
 * DisciplineFigures and PetitionFigures count), run over JDBC against the same database.
 */
final class Reports {

	static final String FROM = Generator.FIRST.toString();

	static final String TO = Generator.LAST.toString();

	private static final int WARM_UP = 3;

	/** Answers the latencies and the report's count of petitions received, to check the SQL counts the same. */
	static Latencies http(Api api, String unit, int rounds, long[] received) throws Exception {
		String path = "/api/v1/reports/oversight?unit=" + unit + "&from=" + FROM + "&to=" + TO;
		Latencies latencies = new Latencies(rounds);
		for (int r = 0; r < WARM_UP + rounds; r++) {
			long start = System.nanoTime();
			String body = api.getOk(path);
			if (r >= WARM_UP) {
				latencies.add(System.nanoTime() - start);
			}
			received[0] = Long.parseLong(Api.field(body.substring(body.indexOf("\"petitions\"")), "received"));
		}
		return latencies;
	}

	static Latencies sql(Connection db, String unit, int rounds, long[] received) throws Exception {
		Latencies latencies = new Latencies(rounds);
		for (int r = 0; r < WARM_UP + rounds; r++) {
			long start = System.nanoTime();
			received[0] = once(db, unit);
			if (r >= WARM_UP) {
				latencies.add(System.nanoTime() - start);
			}
		}
		return latencies;
	}

	/** Every figure of the report, the way one would write it by hand; answers petitions received. */
	private static long once(Connection db, String unit) throws Exception {
		String path;
		try (PreparedStatement find = db.prepareStatement("select path from units where code = ?")) {
			find.setString(1, unit);
			try (ResultSet found = find.executeQuery()) {
				found.next();
				path = found.getString(1).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
			}
		}
		consume(db, "select a.body, t.target_kind, count(*) from oversight_targets t join oversight_activities a "
				+ "on a.id = t.activity_id where a.scope_path like ? escape '!' and a.started_on between ? and ? "
				+ "group by a.body, t.target_kind", path);
		consume(db, "select target_kind, form, count(*) from discipline_decisions where scope_path like ? escape '!' "
				+ "and decided_on between ? and ? group by target_kind, form", path);
		long received = consume(db, "select kind, status, count(*), sum(case when status in ('RECEIVED', 'CLASSIFIED', "
				+ "'TRANSFERRED', 'ACCEPTED', 'VERIFYING') and due_on < current_date then 1 else 0 end) from petitions "
				+ "where scope_path like ? escape '!' and received_on between ? and ? group by kind, status", path);
		consume(db, "select count(distinct matter_id) from petitions where scope_path like ? escape '!' "
				+ "and received_on between ? and ?", path);
		consume(db, "select count(*), sum(case when dialogue then 1 else 0 end), coalesce(sum(citizens), 0) "
				+ "from reception_sessions where scope_path like ? escape '!' and held_on between ? and ?", path);
		return received;
	}

	/** Runs an aggregate; answers the sum of its third column (the counts). */
	private static long consume(Connection db, String sql, String path) throws Exception {
		try (PreparedStatement query = db.prepareStatement(sql)) {
			query.setString(1, path);
			query.setDate(2, Date.valueOf(FROM));
			query.setDate(3, Date.valueOf(TO));
			long total = 0;
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					total += rows.getMetaData().getColumnCount() >= 3 ? rows.getLong(3) : rows.getLong(1);
				}
			}
			return total;
		}
	}
}
