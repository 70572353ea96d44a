package org.probity.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;

/** A bare row of the petitions table, as the raw baselines write it: the intake's columns and its defaults. */
final class Petitions {

	static final String INSERT = "insert into petitions (reference, kind, channel, received_on, received_by, anonymous, "
			+ "petitioner_count, collective, subject_name, subject_unit_code, content, complexity, status, handling_unit, "
			+ "scope_path, stage_started_on, due_on, extensions, violation, created_at, updated_at, version) "
			+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ORDINARY', 'RECEIVED', ?, ?, ?, ?, 0, false, ?, ?, 0)";

	private Petitions() {
	}

	static Object[] values(String reference, String kind, String channel, Date receivedOn, String receivedBy,
			boolean anonymous, int petitioners, String subjectName, String subjectUnit, String content) {
		Timestamp now = Timestamp.from(Instant.now());
		return new Object[] { reference, kind, channel, receivedOn, receivedBy, anonymous, petitioners, petitioners > 1,
				subjectName.isEmpty() ? null : subjectName, subjectUnit.isEmpty() ? null : subjectUnit, content,
				receivedBy, "/ZB/" + receivedBy + "/", receivedOn, Date.valueOf(receivedOn.toLocalDate().plusDays(10)), now,
				now };
	}
}
