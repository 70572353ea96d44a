package org.probity.backup;

import java.time.Instant;
import java.util.List;

/**
 * What a backup holds, written last so that a backup without it is known to be incomplete: every table with its
 * row count and column types, every file with its SHA-256, and the audit chain's head at the moment of the
 * snapshot.
 */
public record BackupManifest(int format, Instant takenAt, String database, String schemaVersion, long auditEntries,
		String auditHead, List<TableEntry> tables, List<FileEntry> files) {

	static final int FORMAT = 1;

	public record TableEntry(String name, long rows, List<Column> columns) {
	}

	public record Column(String name, int type) {
	}

	/** A file under the data directory, by its path relative to that directory. */
	public record FileEntry(String path, long size, String sha256) {
	}

	public long rows(String table) {
		return tables.stream().filter(t -> t.name().equals(table)).mapToLong(TableEntry::rows).sum();
	}
}
