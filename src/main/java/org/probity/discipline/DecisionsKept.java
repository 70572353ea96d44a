package org.probity.discipline;

import java.util.ArrayList;
import java.util.List;

import org.probity.shared.KeptRecord;
import org.probity.shared.RecordKeeper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Discipline decisions a unit hands over, digested by their key data. */
@Component
class DecisionsKept implements RecordKeeper {

	private final JdbcTemplate jdbc;

	DecisionsKept(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<KeptRecord> keptUnder(String subtreePattern) {
		List<KeptRecord> kept = new ArrayList<>();
		kept.addAll(KeptRecord.query(jdbc, "discipline", "select ref, target_kind, target_code, form, decided_by, decided_on, "
				+ "reason from discipline_decisions where scope_path like ? escape '!' order by ref", subtreePattern));
		return kept;
	}
}
