package org.probity.backup;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.probity.backup.BackupManifest.Column;
import org.probity.backup.BackupManifest.TableEntry;

/**
 * Loads the tables of a backup into a freshly migrated, empty database in one transaction: either every row is
 * back, or nothing changed. Foreign keys are checked by the data's origin, so they are switched off while loading
 * (tables are loaded in name order, not dependency order).
 */
final class DatabaseLoad {

	private static final int BATCH = 500;

	private DatabaseLoad() {
	}

	static void load(Connection connection, List<TableEntry> tables, Path folder) throws SQLException {
		boolean postgres = DatabaseDump.isPostgres(connection);
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute(postgres ? "set local session_replication_role = replica" : "set referential_integrity false");
			for (TableEntry table : tables) {
				statement.executeUpdate("delete from " + table.name());
				long loaded = insert(connection, table, folder.resolve(table.name() + ".csv"));
				if (loaded != table.rows()) {
					throw new IllegalStateException(table.name() + ": the backup lists " + table.rows()
							+ " rows but its file holds " + loaded);
				}
				restartIdentities(connection, table.name());
			}
			connection.commit();
		}
		catch (SQLException | RuntimeException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			if (!postgres) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("set referential_integrity true");
				}
			}
		}
	}

	private static long insert(Connection connection, TableEntry table, Path file) throws SQLException {
		List<Column> columns = table.columns();
		String sql = "insert into " + table.name() + " (" + String.join(", ", columns.stream().map(Column::name).toList())
				+ ") values (" + "?, ".repeat(columns.size() - 1) + "?)";
		long rows = 0;
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser csv = DatabaseDump.CSV.builder().setSkipHeaderRecord(true).setHeader().get().parse(in);
				PreparedStatement insert = connection.prepareStatement(sql)) {
			for (CSVRecord record : csv) {
				for (int i = 0; i < columns.size(); i++) {
					ColumnCodec.write(insert, i + 1, columns.get(i).type(), record.get(i));
				}
				insert.addBatch();
				if (++rows % BATCH == 0) {
					insert.executeBatch();
				}
			}
			insert.executeBatch();
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file, ex);
		}
	}

	/** Identity columns go on after the highest restored value, so new rows never collide with restored ones. */
	private static void restartIdentities(Connection connection, String table) throws SQLException {
		try (ResultSet rs = connection.getMetaData().getColumns(null, connection.getSchema(), table, "%")) {
			while (rs.next()) {
				if ("YES".equals(rs.getString("IS_AUTOINCREMENT"))) {
					String column = rs.getString("COLUMN_NAME");
					try (Statement statement = connection.createStatement();
							ResultSet max = statement.executeQuery("select coalesce(max(" + column + "), 0) + 1 from " + table)) {
						max.next();
						statement.execute("alter table " + table + " alter column " + column + " restart with " + max.getLong(1));
					}
				}
			}
		}
	}
}
