package org.probity.petitions;

import java.util.ArrayList;
import java.util.List;

import org.probity.shared.KeptRecord;
import org.probity.shared.RecordKeeper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Petitions and reception sessions a unit hands over, digested by their key data (not the sealed identities). */
@Component
class PetitionsKept implements RecordKeeper {

	private final JdbcTemplate jdbc;

	PetitionsKept(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<KeptRecord> keptUnder(String subtreePattern) {
		List<KeptRecord> kept = new ArrayList<>();
		kept.addAll(KeptRecord.query(jdbc, "petitions", "select id, reference, kind, channel, received_on, received_by, "
				+ "subject_unit_code, content from petitions where scope_path like ? escape '!' order by id", subtreePattern));
		kept.addAll(KeptRecord.query(jdbc, "reception-sessions", "select id, unit_code, held_on, host, kind, dialogue, "
				+ "citizens from reception_sessions where scope_path like ? escape '!' order by id", subtreePattern));
		return kept;
	}
}
