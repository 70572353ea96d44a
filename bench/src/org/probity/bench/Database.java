package org.probity.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The database a run measures: the embedded H2 file under the data directory (read by the baselines only while the
 * server is stopped, since H2 lets one process hold the file) or a fresh PostgreSQL schema on 127.0.0.1:5432.
 */
final class Database {

	private final String kind;

	private final Path dataDir;

	private final String schema;

	Database(String kind, Path dataDir, String scale) {
		if (!kind.equals("h2") && !kind.equals("postgres")) {
			throw new IllegalArgumentException("--db is h2 or postgres; not " + kind);
		}
		this.kind = kind;
		this.dataDir = dataDir;
		this.schema = "bench_" + scale;
	}

	String kind() {
		return kind;
	}

	boolean postgres() {
		return kind.equals("postgres");
	}

	/** A new empty schema for PostgreSQL; the fresh data directory is enough for H2. */
	void createFresh() throws SQLException {
		if (postgres()) {
			try (Connection connection = DriverManager.getConnection(pgUrl("public"), "postgres", "");
					Statement statement = connection.createStatement()) {
				statement.execute("drop schema if exists " + schema + " cascade");
				statement.execute("create schema " + schema);
			}
		}
	}

	void drop() throws SQLException {
		if (postgres()) {
			try (Connection connection = DriverManager.getConnection(pgUrl("public"), "postgres", "");
					Statement statement = connection.createStatement()) {
				statement.execute("drop schema if exists " + schema + " cascade");
			}
		}
	}

	Map<String, String> serverEnvironment() {
		if (!postgres()) {
			return Map.of();
		}
		return Map.of("SPRING_DATASOURCE_URL", pgUrl(schema), "SPRING_DATASOURCE_USERNAME", "postgres",
				"SPRING_DATASOURCE_PASSWORD", "", "SPRING_FLYWAY_SCHEMAS", schema);
	}

	/** The same database the server used; for H2 only while the server is stopped. */
	Connection connect() throws SQLException {
		if (postgres()) {
			return DriverManager.getConnection(pgUrl(schema), "postgres", "");
		}
		return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("db/probity")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;"
				+ "LOCK_TIMEOUT=10000", "sa", "");
	}

	private static String pgUrl(String schema) {
		return "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema;
	}
}
