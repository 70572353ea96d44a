package org.probity.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probity.Api.asAdmin;
import static org.probity.integrity.IntegrityFixtures.activity;
import static org.probity.integrity.IntegrityFixtures.concludeWithViolation;
import static org.probity.integrity.IntegrityFixtures.created;
import static org.probity.integrity.IntegrityFixtures.json;
import static org.probity.integrity.IntegrityFixtures.signalKeys;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.MovableClock;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Signals that time brings about, raised by the daily sweep on the day the clock says. */
@ProbityIntegrationTest
class TimeSignalsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	DailySweep sweep;

	Province province;

	@BeforeEach
	void aProvince() throws Exception {
		clock.moveTo(LocalDate.of(2026, 3, 1));
		province = IntegrityFixtures.province(mvc);
	}

	@AfterEach
	void backToRealTime() {
		clock.reset();
	}

	@Test
	void aDirectionAndATaskTurnIntoOverdueSignalsTheDayAfterTheirDeadline() throws Exception {
		long committee = created(mvc, json(post("/api/v1/committees"), """
				{"unitCode":"%s","name":"Ban Chỉ đạo %s","members":[{"personCode":"%s","role":"CHAIR"}]}"""
			.formatted(province.code(), province.code(), province.personA())));
		long direction = created(mvc, json(post("/api/v1/directions"), """
				{"committeeId":%d,"assigneeKind":"UNIT","assigneeCode":"%s","content":"Khẩn trương xác minh",
				 "issuedOn":"2026-03-01","dueOn":"2026-03-10"}""".formatted(committee, province.communeA())));
		long task = created(mvc, json(post("/api/v1/tasks"), """
				{"committeeId":%d,"title":"Rà soát hồ sơ đất đai","ownerKind":"UNIT","ownerCode":"%s",
				 "assignedOn":"2026-03-01","deadline":"2026-03-10"}""".formatted(committee, province.communeB())));

		runOn(LocalDate.of(2026, 3, 10));
		assertThat(signalKeys(mvc, jdbc, "OVERDUE", province.code())).isEmpty();
		runOn(LocalDate.of(2026, 3, 11));
		assertThat(signalKeys(mvc, jdbc, "OVERDUE", province.code())).containsExactlyInAnyOrder("direction:" + direction,
				"task:" + task);
		runOn(LocalDate.of(2026, 3, 12));
		assertThat(signalKeys(mvc, jdbc, "OVERDUE", province.code())).hasSize(2);
	}

	@Test
	void aPetitionPastItsDeadlineIsOverdueAndAFreshOneIsNot() throws Exception {
		long late = IntegrityFixtures.petition(mvc, "RECOMMENDATION", null, province.communeA(), "MAIL", "2026-01-05",
				"Kiến nghị sửa đường " + Api.unique(""));
		long fresh = IntegrityFixtures.petition(mvc, "RECOMMENDATION", null, province.communeA(), "MAIL", "2026-02-28",
				"Kiến nghị lắp đèn " + Api.unique(""));

		runOn(LocalDate.of(2026, 3, 1));

		assertThat(signalKeys(mvc, jdbc, "OVERDUE", province.communeA())).contains("petition:" + late)
			.doesNotContain("petition:" + fresh);
	}

	@Test
	void anUndisciplinedViolationWarnsWithinTheWarningDaysOfItsStatuteAndADisciplinedOneNever() throws Exception {
		String first = Api.unique("K");
		String second = Api.unique("K");
		activity(mvc, first, province.communeA(), "PERSON", province.personA(), "2021-05-01");
		activity(mvc, second, province.communeB(), "PERSON", province.personB(), "2021-05-01");
		concludeWithViolation(mvc, first, "PERSON", province.personA(), "2021-06-01");
		concludeWithViolation(mvc, second, "PERSON", province.personB(), "2021-06-01");
		IntegrityFixtures.discipline(mvc, Api.unique("D"), province.personB(), province.communeB(), "2021-09-01");

		runOn(LocalDate.of(2026, 6, 1).minusDays(181));
		assertThat(signalKeys(mvc, jdbc, "STATUTE_EXPIRING", province.code())).isEmpty();
		runOn(LocalDate.of(2026, 6, 1).minusDays(180));
		assertThat(signalKeys(mvc, jdbc, "STATUTE_EXPIRING", province.code())).containsExactly("PERSON:" + province.personA());
	}

	@Test
	void aCaseStaysInOneStageLongerThanTheThresholdAndAMovingOneDoesNot() throws Exception {
		long stuck = caseId(caseOpened(province.communeA(), "2025-01-01"));
		long moving = caseId(caseOpened(province.communeB(), "2025-01-01"));
		mvc.perform(asAdmin(json(post("/api/v1/cases/" + moving + "/stages"),
				"{\"stage\":\"VERIFYING\",\"enteredOn\":\"2025-06-15\",\"note\":\"Xác minh\"}"))).andExpect(status().isOk());

		runOn(LocalDate.of(2025, 6, 29));
		assertThat(signalKeys(mvc, jdbc, "STUCK_CASE", province.code())).isEmpty();
		runOn(LocalDate.of(2025, 6, 30));
		assertThat(signalKeys(mvc, jdbc, "STUCK_CASE", province.code())).containsExactly("case:" + stuck);
	}

	@Test
	void aUnitNobodyInspectedForThreeYearsIsABlindSpotAndAnInspectedOneIsNot() throws Exception {
		activity(mvc, Api.unique("K"), province.communeA(), "UNIT", province.cellA(), "2025-03-02");
		activity(mvc, Api.unique("K"), province.code(), "UNIT", province.communeA(), "2022-03-02");
		activity(mvc, Api.unique("K"), province.code(), "UNIT", province.code(), "2025-03-02");

		runOn(LocalDate.of(2026, 3, 1));

		assertThat(signalKeys(mvc, jdbc, "NOT_INSPECTED", province.code())).contains("unit:" + province.communeA(),
				"unit:" + province.communeB(), "person:" + province.personA())
			.doesNotContain("unit:" + province.cellA(), "unit:" + province.code(), "person:" + province.personB());
	}

	private long caseId(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		String body = mvc.perform(asAdmin(request)).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString();
		return ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.summary.id")).longValue();
	}

	private void runOn(LocalDate day) throws InterruptedException {
		IntegrityFixtures.settled(jdbc);
		clock.moveTo(day);
		sweep.run(day);
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder caseOpened(String unit,
			String detectedOn) {
		return json(post("/api/v1/cases"), """
				{"kind":"CRIMINAL_CASE","title":"Sai phạm trong giao đất","unitCode":"%s","field":"LAND",
				 "detectedOn":"%s","origin":"DIRECT"}""".formatted(unit, detectedOn));
	}
}
