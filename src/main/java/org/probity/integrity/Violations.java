package org.probity.integrity;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.probity.discipline.DisciplineDecided;
import org.probity.oversight.InspectionConcluded;
import org.probity.oversight.TargetRef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Violations an inspection found, until a discipline decision on the same target settles them. The statute of
 * limitations runs from the violation; the inspection's conclusion is the latest the violation can have happened,
 * so the warning is counted from it with the shortest limit (a reprimand's) — it errs on the early side.
 */
@Component
class Violations {

	record Found(String activityRef, String targetKind, String targetCode, LocalDate foundOn) {
	}

	private final JdbcTemplate jdbc;

	Violations(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(InspectionConcluded concluded) {
		for (TargetRef target : concluded.violations()) {
			if (jdbc.queryForObject("select count(*) from integrity_violations where activity_ref = ? and target_kind = ? "
					+ "and target_code = ?", Long.class, concluded.ref(), target.kind().name(), target.code()) == 0) {
				jdbc.update("insert into integrity_violations (activity_ref, target_kind, target_code, found_on, "
						+ "disciplined) values (?, ?, ?, ?, false)", concluded.ref(), target.kind().name(), target.code(),
						Date.valueOf(concluded.concludedOn()));
			}
		}
	}

	@ApplicationModuleListener
	void on(DisciplineDecided decided) {
		jdbc.update("update integrity_violations set disciplined = true where target_kind = ? and target_code = ? "
				+ "and found_on <= ?", decided.targetKind().name(), decided.targetCode(), Date.valueOf(decided.decidedOn()));
	}

	/** Undisciplined violations found on or before the day. */
	List<Found> undisciplinedSince(LocalDate onOrBefore) {
		return jdbc.query("select activity_ref, target_kind, target_code, found_on from integrity_violations "
				+ "where disciplined = false and found_on <= ? order by found_on", (rs, n) -> new Found(rs.getString(1),
						rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate()), Date.valueOf(onOrBefore));
	}
}
