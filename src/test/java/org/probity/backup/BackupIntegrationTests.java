package org.probity.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probity.Api;
import org.probity.Province;
import org.probity.ProbityIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The backup's tables against the live database, and the refusals that protect a restore. */
@ProbityIntegrationTest
class BackupIntegrationTests {

	@Autowired
	Backups backups;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@TempDir
	Path folder;

	@Test
	void aBackupHoldsEveryRowOfEveryTableAndTheAuditHead() throws Exception {
		BackupManifest manifest = backups.write(folder.resolve("b"));
		assertThat(manifest.tables()).extracting(BackupManifest.TableEntry::name)
			.contains("units", "petitions", "audit_log", "audit_head", "documents").doesNotContain("spring_session");
		for (BackupManifest.TableEntry table : manifest.tables()) {
			long lines;
			try (var stream = Files.lines(folder.resolve("b/db/" + table.name() + ".csv"))) {
				lines = stream.count();
			}
			assertThat(lines).as(table.name()).isGreaterThanOrEqualTo(table.rows() + 1);
		}
		assertThat(manifest.rows("audit_log")).isEqualTo(manifest.auditEntries());
		assertThat(Files.exists(folder.resolve("b/manifest.json"))).isTrue();
	}

	@Test
	void aRestoreOverExistingRecordsIsRefusedAndChangesNothing() throws Exception {
		mvc.perform(Api.asAdmin(Api.importCsv("units", Province.fresh().unitsCsv()))).andExpect(status().isOk());
		BackupManifest manifest = backups.write(folder.resolve("c"));
		assertThat(manifest.auditEntries()).isPositive();
		long units = jdbc.queryForObject("select count(*) from units", Long.class);
		assertThatThrownBy(() -> backups.restore(folder.resolve("c"))).hasMessageContaining("restore only into an empty");
		assertThat(jdbc.queryForObject("select count(*) from units", Long.class)).isEqualTo(units);
	}

	@Test
	void aFolderWithoutManifestIsNotABackup() {
		assertThatThrownBy(() -> backups.restore(folder)).hasMessageContaining("no manifest.json");
	}

	@Test
	void aBackupIsNeverWrittenOverAnotherFolder() throws Exception {
		Files.writeString(folder.resolve("something.txt"), "kept");
		assertThatThrownBy(() -> backups.write(folder)).hasMessageContaining("is not empty");
		assertThat(Files.readString(folder.resolve("something.txt"))).isEqualTo("kept");
	}
}
