package org.probity.records;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.probity.shared.Jurisdiction;
import org.probity.units.UnitMoved;
import org.probity.units.UnitRef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which unit holds the records filed under a closed unit. Records keep their own unit (history and reports answer by
 * it); the jurisdiction filter lets the custodian's readers see them too ({@link Jurisdiction#SCOPED}).
 */
@Component
class CustodyLedger {

	private final JdbcTemplate jdbc;

	CustodyLedger(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The held unit's records, and whatever it held itself, pass to the custodian. */
	void hand(UnitRef held, UnitRef custodian, LocalDate since) {
		jdbc.update("update record_custody set custodian_code = ?, custodian_path = ? where custodian_code = ?",
				custodian.code(), custodian.path(), held.code());
		jdbc.update("delete from record_custody where held_code = ?", held.code());
		jdbc.update("insert into record_custody (held_code, held_path, held_pattern, custodian_code, custodian_path, "
				+ "since) values (?, ?, ?, ?, ?, ?)", held.code(), held.path(), Jurisdiction.subtreePattern(held.path()),
				custodian.code(), custodian.path(), Date.valueOf(since));
	}

	/** The subtree patterns of everything the unit files or holds: what it hands over. */
	List<String> patternsOf(UnitRef unit) {
		List<String> patterns = new ArrayList<>(List.of(Jurisdiction.subtreePattern(unit.path())));
		patterns.addAll(jdbc.queryForList("select held_pattern from record_custody where custodian_code = ? "
				+ "order by held_path", String.class, unit.code()));
		return patterns;
	}

	/** Paths copied here follow a unit that moves. */
	void follow(UnitMoved moved) {
		moved.rewritePaths(jdbc, "record_custody", "custodian_path");
		moved.rewritePaths(jdbc, "record_custody", "held_path");
		List<java.util.Map<String, Object>> rows = jdbc.queryForList(
				"select id, held_path from record_custody where held_path like ? escape '!'",
				Jurisdiction.subtreePattern(moved.newPath()));
		for (java.util.Map<String, Object> row : rows) {
			jdbc.update("update record_custody set held_pattern = ? where id = ?",
					Jurisdiction.subtreePattern((String) row.get("held_path")), row.get("id"));
		}
		moved.rewritePaths(jdbc, "handover_manifests", "giver_path");
		moved.rewritePaths(jdbc, "handover_manifests", "receiver_path");
	}
}
