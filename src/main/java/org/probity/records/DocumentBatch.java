package org.probity.records;

import java.time.Instant;
import java.util.List;

/**
 * A ZIP of scans being linked to records: how far it is, what became of each manifest row (linked, already linked
 * before, or failed and why).
 */
public record DocumentBatch(String id, String username, String fileName, Status status, int rowsTotal, int rowsDone,
		int linked, int already, int failed, String problem, Instant startedAt, Instant finishedAt, List<Row> rows) {

	public enum Status {
		RUNNING, DONE, FAILED
	}

	public enum Outcome {
		LINKED, ALREADY, FAILED
	}

	public record Row(int row, String file, Outcome outcome, String reason, Long documentId) {
	}

	public boolean finished() {
		return status != Status.RUNNING;
	}

	public int percent() {
		return rowsTotal == 0 ? 100 : rowsDone * 100 / rowsTotal;
	}
}
