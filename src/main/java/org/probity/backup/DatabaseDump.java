package org.probity.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.probity.backup.BackupManifest.Column;
import org.probity.backup.BackupManifest.TableEntry;

/**
 * Copies every table of the application's schema to one CSV file each, all read in a single read-only transaction
 * so the copy is one consistent snapshot even while the server keeps writing.
 */
final class DatabaseDump {

	/** Sessions and scheduler locks are transient; the migration history is rebuilt by the restoring server. */
	static final Set<String> SKIPPED = Set.of("flyway_schema_history", "spring_session", "spring_session_attributes",
			"shedlock");

	static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setNullString("\\N").setQuoteMode(QuoteMode.ALL_NON_NULL).get();

	private DatabaseDump() {
	}

	/** The tables as one snapshot saw them, with the audit chain's head in that same snapshot. */
	record Snapshot(List<TableEntry> tables, long auditEntries, String auditHead) {
	}

	static Snapshot write(Connection connection, Path folder) throws SQLException {
		connection.setAutoCommit(false);
		connection.setReadOnly(true);
		boolean postgres = isPostgres(connection);
		if (postgres) {
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
		}
		else {
			isolation(connection, "snapshot");
		}
		try {
			List<TableEntry> tables = new ArrayList<>();
			for (String table : tables(connection)) {
				tables.add(dump(connection, table, folder.resolve(table + ".csv")));
			}
			try (Statement statement = connection.createStatement();
					ResultSet head = statement.executeQuery("select seq, hash from audit_head where id = 1")) {
				head.next();
				Snapshot snapshot = new Snapshot(tables, head.getLong(1), head.getString(2));
				connection.commit();
				return snapshot;
			}
		}
		finally {
			connection.rollback();
			if (!postgres) {
				isolation(connection, "read committed");
			}
		}
	}

	/** H2's snapshot isolation reads one consistent state without holding writers back. */
	private static void isolation(Connection connection, String level) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("set session characteristics as transaction isolation level " + level);
		}
	}

	static boolean isPostgres(Connection connection) throws SQLException {
		return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
	}

	static List<String> tables(Connection connection) throws SQLException {
		List<String> names = new ArrayList<>();
		try (ResultSet rs = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] { "TABLE" })) {
			while (rs.next()) {
				String name = rs.getString("TABLE_NAME").toLowerCase();
				if (!SKIPPED.contains(name)) {
					names.add(name);
				}
			}
		}
		names.sort(null);
		return names;
	}

	private static TableEntry dump(Connection connection, String table, Path file) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.setFetchSize(1_000);
			try (ResultSet rs = statement.executeQuery("select * from " + table + orderBy(connection, table));
					Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
					CSVPrinter csv = new CSVPrinter(out, CSV)) {
				ResultSetMetaData meta = rs.getMetaData();
				List<Column> columns = new ArrayList<>();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					columns.add(new Column(meta.getColumnName(i).toLowerCase(), type(meta, i)));
				}
				csv.printRecord(columns.stream().map(Column::name).toList());
				long rows = 0;
				while (rs.next()) {
					for (int i = 1; i <= columns.size(); i++) {
						csv.print(ColumnCodec.read(rs, i, columns.get(i - 1).type()));
					}
					csv.println();
					rows++;
				}
				return new TableEntry(table, rows, columns);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not write " + file, ex);
			}
		}
	}

	/** PostgreSQL's driver reports {@code timestamptz} as a plain timestamp; its type name tells them apart. */
	private static int type(ResultSetMetaData meta, int column) throws SQLException {
		int type = meta.getColumnType(column);
		return type == Types.TIMESTAMP && meta.getColumnTypeName(column).toLowerCase().contains("tz")
				? Types.TIMESTAMP_WITH_TIMEZONE : type;
	}

	private static String orderBy(Connection connection, String table) throws SQLException {
		List<String> key = new ArrayList<>();
		DatabaseMetaData meta = connection.getMetaData();
		try (ResultSet rs = meta.getPrimaryKeys(null, connection.getSchema(), table)) {
			while (rs.next()) {
				key.add(rs.getString("COLUMN_NAME"));
			}
		}
		return key.isEmpty() ? "" : " order by " + String.join(", ", key);
	}
}
