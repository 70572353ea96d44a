package org.probity.shared.imports;

import java.time.Instant;
import java.util.List;

/** An import started from the upload page, as its progress page shows it. */
public record ImportJob(String id, String dataset, String username, String fileName, Status status, String phase,
		long rowsDone, Long imported, long problemCount, List<RowError> problems, Instant startedAt,
		Instant finishedAt) {

	public enum Status {
		RUNNING, DONE, REJECTED, FAILED
	}

	public boolean finished() {
		return status != Status.RUNNING;
	}
}
