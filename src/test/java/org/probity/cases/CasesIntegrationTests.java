package org.probity.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.probity.Api.as;
import static org.probity.Api.asAdmin;
import static org.probity.Api.createUser;
import static org.probity.Api.importCsv;
import static org.probity.cases.CaseFixtures.advance;
import static org.probity.cases.CaseFixtures.defendant;
import static org.probity.cases.CaseFixtures.landCase;
import static org.probity.cases.CaseFixtures.opened;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.probity.shared.Jurisdiction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** A case is followed from detection to enforcement, every stage dated, and never moves back. */
@ProbityIntegrationTest
@RecordApplicationEvents
class CasesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseManagement cases;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	Province province;

	@BeforeEach
	void province() throws Exception {
		province = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("people", province.peopleCsv()))).andExpect(status().isOk());
	}

	@Test
	void aCaseIsFollowedFromDetectionToEnforcementWithEveryStageDated() throws Exception {
		long id = opened(mvc, landCase(province.communeA(), "2024-01-10"));
		mvc.perform(asAdmin(advance(id, "VERIFYING", "2024-02-01"))).andExpect(status().isOk());
		mvc.perform(asAdmin(advance(id, "INVESTIGATING", "2024-03-01"))).andExpect(status().isOk());
		mvc.perform(asAdmin(advance(id, "PROSECUTED", "2024-06-15"))).andExpect(status().isOk());
		mvc.perform(asAdmin(advance(id, "FIRST_INSTANCE_TRIAL", "2024-09-20"))).andExpect(status().isOk());
		// No appeal: the judgment is enforced straight after the first instance.
		mvc.perform(asAdmin(advance(id, "ENFORCEMENT", "2024-11-01"))).andExpect(status().isOk());

		mvc.perform(asAdmin(get("/api/v1/cases/" + id)))
			.andExpect(jsonPath("$.summary.reference").value("VA-2024-" + String.format("%04d", id)))
			.andExpect(jsonPath("$.summary.stage").value("ENFORCEMENT"))
			.andExpect(jsonPath("$.summary.stageOn").value("2024-11-01"))
			.andExpect(jsonPath("$.summary.prosecutedOn").value("2024-06-15"))
			.andExpect(jsonPath("$.stages[*].stage", contains("DETECTED", "VERIFYING", "INVESTIGATING",
					"PROSECUTED", "FIRST_INSTANCE_TRIAL", "ENFORCEMENT")))
			.andExpect(jsonPath("$.stages[*].enteredOn", contains("2024-01-10", "2024-02-01", "2024-03-01",
					"2024-06-15", "2024-09-20", "2024-11-01")))
			.andExpect(jsonPath("$.stages[1].note").value("Quyết định số 12"))
			.andExpect(jsonPath("$.stages[1].recordedBy").value(Api.ADMIN));
		String reference = "VA-2024-" + String.format("%04d", id);
		assertThat(jdbc.queryForList("select action from audit_log where subject_type = 'corruption-case' and "
				+ "subject_id = ? order by seq", String.class, reference))
			.containsExactly("OPEN", "ADVANCE", "ADVANCE", "ADVANCE", "ADVANCE", "ADVANCE");
		assertThat(jdbc.queryForObject("select count(*) from audit_log where subject_id = ? and detail like '%giao đất%'",
				Integer.class, reference)).as("a title may name people; the log keeps none").isZero();
		assertThat(events.stream(CaseStageChanged.class).filter(changed -> changed.caseId() == id))
			.extracting(CaseStageChanged::to)
			.containsExactly(Stage.VERIFYING, Stage.INVESTIGATING, Stage.PROSECUTED, Stage.FIRST_INSTANCE_TRIAL,
					Stage.ENFORCEMENT);
		assertThat(events.stream(CaseOpened.class).filter(opened -> opened.caseId() == id)).hasSize(1);
	}

	@Test
	void aStageThatIsNotAheadOrIsDatedBeforeTheLastIsRefusedNamingTheField() throws Exception {
		long id = opened(mvc, landCase(province.communeA(), "2024-01-10"));
		mvc.perform(asAdmin(advance(id, "INVESTIGATING", "2024-03-01"))).andExpect(status().isOk());
		mvc.perform(asAdmin(advance(id, "VERIFYING", "2024-04-01")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("stage"));
		mvc.perform(asAdmin(advance(id, "INVESTIGATING", "2024-04-01")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("stage"));
		mvc.perform(asAdmin(advance(id, "PROSECUTED", "2024-02-28")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("enteredOn"))
			.andExpect(jsonPath("$.detail").value(containsString("2024-03-01")));
		mvc.perform(asAdmin(advance(id, "FIRST_INSTANCE_TRIAL", "2024-05-01")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("PROSECUTED")));
		mvc.perform(asAdmin(advance(id, "PROSECUTED", LocalDate.now().plusDays(1).toString())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("enteredOn"));
		mvc.perform(asAdmin(get("/api/v1/cases/" + id)))
			.andExpect(jsonPath("$.summary.stage").value("INVESTIGATING"))
			.andExpect(jsonPath("$.stages.length()").value(2));
		// The same day as the last stage is allowed: detection and verification often fall on one day.
		mvc.perform(asAdmin(advance(id, "PROSECUTED", "2024-03-01"))).andExpect(status().isOk());
	}

	@Test
	void anIncidentIsACriminalCaseOnceInvestigated() throws Exception {
		long id = opened(mvc, CaseFixtures.caseIn(province.communeB(), "INCIDENT", "HEALTH", "2024-05-02"));
		mvc.perform(asAdmin(get("/api/v1/cases/" + id)))
			.andExpect(jsonPath("$.summary.reference").value("VV-2024-" + String.format("%04d", id)));
		mvc.perform(asAdmin(advance(id, "VERIFYING", "2024-05-10")))
			.andExpect(jsonPath("$.summary.kind").value("INCIDENT"));
		mvc.perform(asAdmin(advance(id, "INVESTIGATING", "2024-06-10")))
			.andExpect(jsonPath("$.summary.kind").value("CRIMINAL_CASE"));
	}

	@Test
	void aDefendantOnRecordTakesThePersonsNameAndOnlyWithinTheReadersJurisdiction() throws Exception {
		long id = opened(mvc, landCase(province.communeA(), "2024-01-10"));
		mvc.perform(asAdmin(CaseFixtures.json(post("/api/v1/cases/" + id + "/defendants"), "{\"personCode\":\"" + province.personA()
					+ "\",\"charges\":\"Nhận hối lộ\",\"prosecutedOn\":\"2024-04-04\"}")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.defendants[0].fullName").value("Trần Quốc Cường"))
			.andExpect(jsonPath("$.defendants[0].custody").value("NONE"))
			.andExpect(jsonPath("$.defendants[0].outcome").value("PENDING"));
		mvc.perform(asAdmin(CaseFixtures.json(post("/api/v1/cases/" + id + "/defendants"), "{\"personCode\":\"" + province.personA()
					+ "\",\"charges\":\"Nhận hối lộ\"}")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("personCode"));
		String officerA = Api.unique("officer");
		mvc.perform(createUser(officerA, "OFFICER", province.communeA())).andExpect(status().isCreated());
		mvc.perform(as(officerA, CaseFixtures.json(post("/api/v1/cases/" + id + "/defendants"), "{\"personCode\":\"" + province.personB()
					+ "\",\"charges\":\"Nhận hối lộ\"}")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("personCode"));
		mvc.perform(as(officerA, defendant(id, "Nguyễn Văn Bình", "2024-04-05"))).andExpect(status().isCreated());
		long defendantId = Jurisdiction.asSystem(() -> cases.find(id)).orElseThrow().defendants().get(1).id();
		mvc.perform(as(officerA, CaseFixtures.json(post("/api/v1/cases/" + id + "/defendants/" + defendantId),
				"{\"outcome\":\"CONVICTED\",\"sentence\":\"8 năm tù\",\"custody\":\"NONE\"}")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.defendants[1].outcome").value("CONVICTED"))
			.andExpect(jsonPath("$.defendants[1].sentence").value("8 năm tù"))
			.andExpect(jsonPath("$.defendants[1].prosecutedOn").value("2024-04-05"));
	}

	@Test
	void anAuditorReadsCasesButChangesNone() throws Exception {
		long id = opened(mvc, landCase(province.communeA(), "2024-01-10"));
		String auditor = Api.unique("auditor");
		mvc.perform(createUser(auditor, "AUDITOR", province.code())).andExpect(status().isCreated());
		mvc.perform(as(auditor, get("/api/v1/cases/" + id))).andExpect(status().isOk());
		mvc.perform(as(auditor, advance(id, "VERIFYING", "2024-02-01"))).andExpect(status().isForbidden());
		mvc.perform(as(auditor, CaseFixtures.open(landCase(province.communeA(), "2024-01-10"))))
			.andExpect(status().isForbidden());
		mvc.perform(as(auditor, CaseFixtures.placeUnderMonitoring(id, province.code(), "2024-02-01")))
			.andExpect(status().isForbidden());
	}
}
