package org.probity.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.probity.ChildServer;
import org.probity.Province;
import org.probity.TestDatabases;

import tools.jackson.databind.JsonNode;

/**
 * A backup taken from a running server restores into an empty data directory (and, on PostgreSQL, an empty
 * schema) with the same records, the same documents and the same audit chain.
 */
@ExtendWith(TestDatabases.class)
class RestoreIntegrationTests {

	private static final String ORIGINAL = ChildServer.schema("original");

	private static final String RESTORED = ChildServer.schema("restored");

	private static final byte[] SCAN = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\nBiên bản xác minh".getBytes(StandardCharsets.UTF_8);

	@TempDir
	static Path folder;

	@AfterAll
	static void dropSchemas() throws Exception {
		ChildServer.dropSchema(ORIGINAL);
		ChildServer.dropSchema(RESTORED);
	}

	@Test
	void aBackupRestoresIntoAnEmptyDataDirectoryWithTheSameRecordsDocumentsAndChain() throws Exception {
		Province province = Province.fresh();
		Map<Long, String> petitions = new HashMap<>();
		Map<Long, String> seen = new HashMap<>();
		String chain;
		Path backup;
		long document;
		try (ChildServer original = ChildServer.start(folder.resolve("original"), ORIGINAL, "backup-original")) {
			assertThat(original.postCsv("/api/v1/imports/units", province.unitsCsv()).statusCode()).isEqualTo(200);
			for (int n = 1; n <= 12; n++) {
				Intake.register(original, province.communeA(), n, petitions);
			}
			long first = petitions.keySet().iterator().next();
			var upload = original.postFile("/api/v1/petitions/" + first + "/attachments", "bien-ban.pdf", "application/pdf", SCAN);
			assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
			document = Intake.JSON.readTree(upload.body()).get("id").asLong();
			awaitTextRead(original, document);
			for (long id : petitions.keySet()) {
				seen.put(id, original.get("/api/v1/petitions/" + id).body());
			}
			var taken = original.post("/api/v1/backups", "");
			assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
			backup = Path.of(Intake.JSON.readTree(taken.body()).get("folder").asString());
			chain = original.get("/api/v1/audit/verify").body();
		}
		Path restoredDir = folder.resolve("restored");
		assertThat(ChildServer.run(restoredDir, RESTORED, "backup-restore", "--restore=" + backup)).isZero();
		try (ChildServer restored = ChildServer.start(restoredDir, RESTORED, "backup-restored")) {
			JsonNode check = Intake.JSON.readTree(restored.get("/api/v1/audit/verify").body());
			assertThat(check.get("intact").asBoolean()).isTrue();
			assertThat(check.get("entries").asLong()).isEqualTo(Intake.JSON.readTree(chain).get("entries").asLong());
			for (long id : petitions.keySet()) {
				assertThat(restored.get("/api/v1/petitions/" + id).body()).isEqualTo(seen.get(id));
			}
			assertThat(restored.download("/api/v1/documents/" + document).body()).isEqualTo(SCAN);
			assertThat(Intake.register(restored, province.communeA(), 99, new HashMap<>())).as("new ids go on after restored ones")
				.isGreaterThan(petitions.keySet().stream().mapToLong(Long::longValue).max().orElseThrow());
		}
	}

	/** The background reading of a document's text settles before the backup, so both servers show the same state. */
	private static void awaitTextRead(ChildServer server, long document) throws Exception {
		for (int i = 0; i < 300; i++) {
			String state = Intake.JSON.readTree(server.get("/api/v1/documents/" + document + "/text").body()).at("/state")
				.asString();
			if (!"PENDING".equals(state) && !"RUNNING".equals(state)) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the text of document " + document + " was still being read after a minute");
	}
}
