package org.probity.security;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Every text and byte value of every table in the application's schema, searched for given strings. */
final class DatabaseText {

	private final JdbcTemplate jdbc;

	DatabaseText(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Where each string occurs, as {@code table.column: string}. */
	List<String> find(List<String> strings) {
		List<String> found = new ArrayList<>();
		for (String table : tables()) {
			jdbc.query("select * from " + table, (ResultSet row) -> {
				ResultSetMetaData columns = row.getMetaData();
				for (int i = 1; i <= columns.getColumnCount(); i++) {
					Object value = row.getObject(i);
					String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
							: value == null ? "" : value.toString();
					for (String string : strings) {
						if (text.contains(string)) {
							found.add(table + "." + columns.getColumnName(i) + ": " + string);
						}
					}
				}
			});
		}
		return found;
	}

	List<String> tables() {
		return jdbc.execute((Connection connection) -> {
			List<String> tables = new ArrayList<>();
			DatabaseMetaData meta = connection.getMetaData();
			try (ResultSet rows = meta.getTables(null, connection.getSchema(), "%", new String[] { "TABLE" })) {
				while (rows.next()) {
					tables.add(rows.getString("TABLE_NAME"));
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
			return tables;
		});
	}
}
