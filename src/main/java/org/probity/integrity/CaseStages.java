package org.probity.integrity;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.probity.cases.CaseOpened;
import org.probity.cases.CaseStageChanged;
import org.probity.cases.Stage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Where each corruption case stands and since when, kept from the cases module's events for the stuck-case sweep. */
@Component
class CaseStages {

	record Standing(long caseId, String reference, String unitCode, String stage, LocalDate stageOn) {
	}

	private final JdbcTemplate jdbc;

	CaseStages(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Only ever the first note: the events come asynchronously, so a later stage may have arrived first. */
	@ApplicationModuleListener
	void on(CaseOpened opened) {
		if (jdbc.queryForObject("select count(*) from integrity_case_stages where case_id = ?", Long.class,
				opened.caseId()) == 0) {
			put(opened.caseId(), opened.reference(), opened.unitCode(), Stage.DETECTED, opened.detectedOn());
		}
	}

	@ApplicationModuleListener
	void on(CaseStageChanged changed) {
		put(changed.caseId(), changed.reference(), changed.unitCode(), changed.to(), changed.enteredOn());
	}

	private void put(long id, String reference, String unitCode, Stage stage, LocalDate on) {
		if (jdbc.update("update integrity_case_stages set reference = ?, unit_code = ?, stage = ?, stage_on = ? "
				+ "where case_id = ?", reference, unitCode, stage.name(), Date.valueOf(on), id) == 0) {
			jdbc.update("insert into integrity_case_stages (case_id, reference, unit_code, stage, stage_on) "
					+ "values (?, ?, ?, ?, ?)", id, reference, unitCode, stage.name(), Date.valueOf(on));
		}
	}

	/** Cases not closed that entered their stage on or before the day: candidates, before each unit's threshold. */
	List<Standing> inStageSince(LocalDate onOrBefore) {
		return jdbc.query("select case_id, reference, unit_code, stage, stage_on from integrity_case_stages "
				+ "where stage <> 'CLOSED' and stage_on <= ? order by stage_on", (rs, n) -> new Standing(rs.getLong(1),
						rs.getString(2), rs.getString(3), rs.getString(4), rs.getDate(5).toLocalDate()),
				Date.valueOf(onOrBefore));
	}
}
