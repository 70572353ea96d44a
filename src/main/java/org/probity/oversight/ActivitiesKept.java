package org.probity.oversight;

import java.util.ArrayList;
import java.util.List;

import org.probity.shared.KeptRecord;
import org.probity.shared.RecordKeeper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Inspection and supervision activities a unit hands over, with their targets in the key data. */
@Component
class ActivitiesKept implements RecordKeeper {

	private final JdbcTemplate jdbc;

	ActivitiesKept(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<KeptRecord> keptUnder(String subtreePattern) {
		List<KeptRecord> kept = new ArrayList<>();
		kept.addAll(KeptRecord.query(jdbc, "oversight", "select a.ref, a.activity_type, a.body, a.conducted_by, a.programme, "
				+ "a.started_on, a.concluded_on, a.findings, (select count(*) from oversight_targets t where t.activity_id = a.id) "
				+ "from oversight_activities a where a.scope_path like ? escape '!' order by a.ref", subtreePattern));
		return kept;
	}
}
