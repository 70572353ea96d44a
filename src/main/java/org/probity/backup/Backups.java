package org.probity.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.probity.backup.BackupManifest.FileEntry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * Takes a consistent backup of the installation (every table in one snapshot, the documents and the keys) and
 * restores one into an empty installation. The search index is not copied: it is rebuilt from the restored
 * records.
 */
@Service
public class Backups {

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final Flyway flyway;

	private final JsonMapper json;

	private final Path dataDir;

	private final List<Path> folders;

	Backups(DataSource dataSource, Flyway flyway, JsonMapper json, @Value("${probity.data-dir}") Path dataDir,
			@Value("${probity.records.store-dir}") Path documents, @Value("${probity.petitions.key-file}") Path keyFile) {
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
		this.flyway = flyway;
		this.json = json;
		this.dataDir = dataDir.toAbsolutePath().normalize();
		this.folders = List.of(documents.toAbsolutePath().normalize(), keyFile.toAbsolutePath().normalize().getParent());
	}

	/** Writes a backup into {@code target}, which must not exist or be empty. */
	public BackupManifest write(Path target) {
		try {
			requireEmpty(target);
			Path tablesFolder = Files.createDirectories(target.resolve("db"));
			DatabaseDump.Snapshot snapshot;
			try (Connection connection = dataSource.getConnection()) {
				snapshot = DatabaseDump.write(connection, tablesFolder);
			}
			List<FileEntry> files = new ArrayList<>();
			for (Path folder : folders) {
				if (folder.startsWith(dataDir)) {
					files.addAll(FileTree.copy(dataDir, folder, target.resolve("files")));
				}
			}
			BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, Instant.now(), product(),
					schemaVersion(), snapshot.auditEntries(), snapshot.auditHead(), snapshot.tables(), files);
			json.writerWithDefaultPrettyPrinter().writeValue(target.resolve("manifest.json").toFile(), manifest);
			return manifest;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the backup to " + target, ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the database for the backup", ex);
		}
	}

	/** Restores {@code source} into this installation, which must not hold any record yet. */
	public BackupManifest restore(Path source) {
		Path manifestFile = source.resolve("manifest.json");
		if (!Files.isRegularFile(manifestFile)) {
			throw new IllegalArgumentException(source + " holds no manifest.json: not a backup, or an incomplete one");
		}
		BackupManifest manifest = json.readValue(manifestFile.toFile(), BackupManifest.class);
		if (!schemaVersion().equals(manifest.schemaVersion())) {
			throw new IllegalStateException("The backup is of schema version " + manifest.schemaVersion()
					+ " but this server's is " + schemaVersion() + "; restore it with the version that took it");
		}
		long entries = jdbc.queryForObject("select seq from audit_head where id = 1", Long.class);
		if (entries > 0) {
			throw new IllegalStateException("This installation already holds records (" + entries
					+ " audit entries); restore only into an empty data directory");
		}
		try (Connection connection = dataSource.getConnection()) {
			DatabaseLoad.load(connection, manifest.tables(), source.resolve("db"));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not load the backup into the database", ex);
		}
		FileTree.restore(manifest.files(), source, dataDir);
		return manifest;
	}

	private String schemaVersion() {
		var current = flyway.info().current();
		return current == null ? "none" : current.getVersion().getVersion();
	}

	private String product() {
		return jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName());
	}

	private static void requireEmpty(Path target) throws IOException {
		if (Files.isDirectory(target)) {
			try (Stream<Path> entries = Files.list(target)) {
				if (entries.findAny().isPresent()) {
					throw new IllegalArgumentException("The backup folder " + target + " is not empty");
				}
			}
		}
		Files.createDirectories(target);
	}
}
