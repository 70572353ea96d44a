package org.probity.cases;

import java.util.ArrayList;
import java.util.List;

import org.probity.shared.KeptRecord;
import org.probity.shared.RecordKeeper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Corruption cases a unit hands over, digested by their key data. */
@Component
class CasesKept implements RecordKeeper {

	private final JdbcTemplate jdbc;

	CasesKept(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<KeptRecord> keptUnder(String subtreePattern) {
		List<KeptRecord> kept = new ArrayList<>();
		kept.addAll(KeptRecord.query(jdbc, "cases", "select id, reference, kind, title, unit_code, detected_on, stage, damage "
				+ "from corruption_case where scope_path like ? escape '!' order by id", subtreePattern));
		return kept;
	}
}
