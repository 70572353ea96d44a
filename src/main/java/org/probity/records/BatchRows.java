package org.probity.records;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/** Reads batches and their rows back from the database. */
final class BatchRows {

	private BatchRows() {
	}

	static Optional<DocumentBatch> find(JdbcTemplate jdbc, String id, String username) {
		List<DocumentBatch.Row> rows = jdbc.query("select row_no, file_name, outcome, reason, document_id from "
				+ "document_batch_rows where batch_id = ? order by row_no", (rs, n) -> new DocumentBatch.Row(rs.getInt(1),
						rs.getString(2), DocumentBatch.Outcome.valueOf(rs.getString(3)), rs.getString(4),
						rs.getObject(5, Long.class)), id);
		return jdbc.query("select * from document_batches where id = ? and username = ?",
				(rs, n) -> batch(rs, rows), id, username).stream().findFirst();
	}

	static List<DocumentBatch> recent(JdbcTemplate jdbc, String username) {
		return jdbc.query("select * from document_batches where username = ? order by started_at desc limit 10",
				(rs, n) -> batch(rs, List.of()), username);
	}

	private static DocumentBatch batch(ResultSet rs, List<DocumentBatch.Row> rows) throws SQLException {
		return new DocumentBatch(rs.getString("id"), rs.getString("username"), rs.getString("file_name"),
				DocumentBatch.Status.valueOf(rs.getString("status")), rs.getInt("rows_total"), rs.getInt("rows_done"),
				rs.getInt("linked"), rs.getInt("already"), rs.getInt("failed"), rs.getString("problem"),
				rs.getTimestamp("started_at").toInstant(),
				rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(), rows);
	}
}
