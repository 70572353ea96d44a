package org.probity.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.probity.ChildServer;
import org.probity.Province;
import org.probity.TestDatabases;

import tools.jackson.databind.JsonNode;

/**
 * Sixteen clients register petitions while the server is killed with SIGKILL; after the restart every petition the
 * server acknowledged with 201 is there, and its registration is in an intact audit chain. Runs on H2 (file
 * database) and, in the PostgreSQL run, on PostgreSQL; every build repeats it.
 */
@ExtendWith(TestDatabases.class)
class CrashSafetyIntegrationTests {

	private static final int CLIENTS = 16;

	private static final int ACKNOWLEDGED_BEFORE_KILL = 120;

	private static final String SCHEMA = ChildServer.schema("crash");

	@TempDir
	static Path dataDir;

	@AfterAll
	static void dropSchema() throws Exception {
		ChildServer.dropSchema(SCHEMA);
	}

	@Test
	void everyAcknowledgedPetitionSurvivesKillsMidLoad() throws Exception {
		Province province = Province.fresh();
		Map<Long, String> acknowledged = new ConcurrentHashMap<>();
		try (ChildServer server = ChildServer.start(dataDir, SCHEMA, "crash-0")) {
			assertThat(server.postCsv("/api/v1/imports/units", province.unitsCsv()).statusCode()).isEqualTo(200);
			loadThenKill(server, province.communeA(), acknowledged);
		}
		try (ChildServer server = ChildServer.start(dataDir, SCHEMA, "crash-1")) {
			assertAllPresent(server, acknowledged);
		}
	}

	private static void loadThenKill(ChildServer server, String unit, Map<Long, String> acknowledged) throws Exception {
		int before = acknowledged.size();
		AtomicInteger next = new AtomicInteger();
		List<java.util.concurrent.Future<?>> clients = new ArrayList<>();
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < CLIENTS; i++) {
				clients.add(pool.submit(() -> {
					try {
						while (Intake.register(server, unit, next.incrementAndGet(), acknowledged) != null) {
							// keep registering until the server goes away
						}
					}
					catch (java.io.IOException gone) {
						// the kill cut this request off: it was never acknowledged
					}
					return null;
				}));
			}
			while (acknowledged.size() < before + ACKNOWLEDGED_BEFORE_KILL) {
				Thread.sleep(20);
			}
			server.kill();
		}
		assertThat(acknowledged.size()).isGreaterThanOrEqualTo(before + ACKNOWLEDGED_BEFORE_KILL);
	}

	private static void assertAllPresent(ChildServer server, Map<Long, String> acknowledged) throws Exception {
		for (long id : acknowledged.keySet()) {
			assertThat(server.get("/api/v1/petitions/" + id).statusCode()).as("petition %d", id).isEqualTo(200);
		}
		JsonNode chain = Intake.JSON.readTree(server.get("/api/v1/audit/verify").body());
		assertThat(chain.get("intact").asBoolean()).as(chain.toString()).isTrue();
		assertThat(auditedPetitions(server)).containsAll(acknowledged.values());
	}

	/** The references of petitions whose registration the audit log holds. */
	private static Set<String> auditedPetitions(ChildServer server) throws Exception {
		Set<String> references = new HashSet<>();
		for (int page = 0;; page++) {
			JsonNode entries = Intake.JSON.readTree(server.get("/api/v1/audit?page=" + page).body());
			for (JsonNode entry : entries) {
				if ("REGISTER".equals(entry.get("action").asString()) && "petition".equals(entry.get("subjectType").asString())) {
					references.add(entry.get("subjectId").asString());
				}
			}
			if (entries.size() < 100) {
				return references;
			}
		}
	}
}
