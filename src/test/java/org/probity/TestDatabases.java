package org.probity;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Chooses the database of an integration run. {@code -Dprobity.test.db=postgres} selects PostgreSQL (the build's
 * second test run); when it is unreachable that run is skipped, unless {@code PROBITY_REQUIRE_POSTGRES=true} (as CI
 * sets) makes it fail.
 */
public class TestDatabases implements ActiveProfilesResolver, ExecutionCondition {

	/** Each test JVM works in a PostgreSQL schema of its own, so concurrent builds on one database never meet. */
	static final String SCHEMA = "probity_it_" + ProcessHandle.current().pid();

	static {
		System.setProperty("probity.test.schema", SCHEMA);
		if (postgres()) {
			Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropSchema));
		}
	}

	private static void dropSchema() {
		try (Connection connection = DriverManager.getConnection(url(), env("PROBITY_TEST_PG_USER", "postgres"),
				env("PROBITY_TEST_PG_PASSWORD", ""))) {
			connection.createStatement().execute("drop schema if exists " + SCHEMA + " cascade");
		}
		catch (SQLException ex) {
			System.err.println("Could not drop test schema " + SCHEMA + ": " + ex.getMessage());
		}
	}

	static String user() {
		return env("PROBITY_TEST_PG_USER", "postgres");
	}

	static String password() {
		return env("PROBITY_TEST_PG_PASSWORD", "");
	}

	static String url() {
		return "jdbc:postgresql://" + env("PROBITY_TEST_PG_HOST", "127.0.0.1") + ":" + env("PROBITY_TEST_PG_PORT", "5432")
				+ "/" + env("PROBITY_TEST_PG_DB", "test");
	}

	public static boolean postgres() {
		return "postgres".equals(System.getProperty("probity.test.db"));
	}

	@Override
	public String[] resolve(Class<?> testClass) {
		return postgres() ? new String[] { "test", "postgres" } : new String[] { "test" };
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!postgres()) {
			return ConditionEvaluationResult.enabled("H2");
		}
		String url = url();
		try (Connection ignored = DriverManager.getConnection(url, env("PROBITY_TEST_PG_USER", "postgres"),
				env("PROBITY_TEST_PG_PASSWORD", ""))) {
			return ConditionEvaluationResult.enabled("PostgreSQL at " + url);
		}
		catch (SQLException unreachable) {
			if ("true".equals(env("PROBITY_REQUIRE_POSTGRES", System.getProperty("probity.require-postgres", "false")))) {
				throw new IllegalStateException("PostgreSQL is required but unreachable at " + url, unreachable);
			}
			return ConditionEvaluationResult.disabled("PostgreSQL not reachable at " + url + "; skipped");
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	/** Starts from an empty schema even if a killed run left this one behind; H2 is in memory and starts empty. */
	@TestConfiguration(proxyBeanMethods = false)
	static class CleanSchemaOnce {

		private static final AtomicBoolean CLEANED = new AtomicBoolean();

		@Bean
		FlywayMigrationStrategy cleanThenMigrate() {
			return flyway -> {
				if (postgres() && CLEANED.compareAndSet(false, true)) {
					flyway.clean();
				}
				flyway.migrate();
			};
		}
	}
}
