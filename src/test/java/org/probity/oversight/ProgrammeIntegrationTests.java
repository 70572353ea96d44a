package org.probity.oversight;

import static org.hamcrest.Matchers.containsString;
import static org.probity.Api.as;
import static org.probity.Api.asAdmin;
import static org.probity.Api.createUser;
import static org.probity.Api.importCsv;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Programme progress is computed from the activities on record: matched by body, type, target and period, or linked. */
@ProbityIntegrationTest
class ProgrammeIntegrationTests {

	@Autowired
	MockMvc mvc;

	Province province;

	String officerA;

	String plan;

	@BeforeEach
	void commissionOfAPlansTheYear() throws Exception {
		province = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("people", province.peopleCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("oversight", OversightFixtures.openInspectionOfCellA(province))))
			.andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("oversight", OversightFixtures.concludedSupervisionInB(province))))
			.andExpect(status().isOk());
		officerA = Api.unique("planner");
		mvc.perform(createUser(officerA, "OFFICER", province.communeA())).andExpect(status().isCreated());
		plan = province.code() + "-KH25";
		create(officerA, programme(plan, province.communeA(), "INSPECTION_COMMISSION", "ANNUAL", "2025-01-01", "2025-12-31"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.programme.progress.planned").value(0));
		item(officerA, plan, "UNIT", province.cellA(), "INSPECTION", "LAND", null, "2025-06-30").andExpect(status().isCreated());
		item(officerA, plan, "PERSON", province.personA(), "INSPECTION", "ASSET_DECLARATION", null, "2025-12-31")
			.andExpect(status().isCreated());
		item(officerA, plan, "UNIT", province.communeA(), "SUPERVISION", "RESOLUTION_IMPLEMENTATION", "21-KL/TW",
				"2025-05-01").andExpect(status().isCreated());
	}

	@Test
	void progressCountsStartedConcludedAndOverdueItemsFromTheRecords() throws Exception {
		// K1 (the commission's open inspection of the cell and its secretary) fulfils the first two items.
		mvc.perform(as(officerA, get("/api/v1/oversight/programmes/" + plan)))
			.andExpect(jsonPath("$.programme.progress.planned").value(3))
			.andExpect(jsonPath("$.programme.progress.started").value(2))
			.andExpect(jsonPath("$.programme.progress.concluded").value(0))
			.andExpect(jsonPath("$.programme.progress.overdue").value(3))
			.andExpect(jsonPath("$.items[?(@.targetCode == '%s')].activityRef".formatted(province.cellA()))
				.value(province.code() + "-K1"))
			.andExpect(jsonPath("$.items[?(@.theme == 'RESOLUTION_IMPLEMENTATION')].resolution").value("21-KL/TW"));

		String concluded = OversightFixtures.openInspectionOfCellA(province).replace("2025-03-02,,", "2025-03-02,2025-05-05,NO_VIOLATION");
		mvc.perform(asAdmin(importCsv("oversight", concluded))).andExpect(status().isOk());
		mvc.perform(as(officerA, get("/api/v1/oversight/progress").param("unit", province.communeA())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total.planned").value(3))
			.andExpect(jsonPath("$.total.concluded").value(2))
			.andExpect(jsonPath("$.total.overdue").value(1))
			.andExpect(jsonPath("$.bodies[0].unitCode").value(province.communeA()))
			.andExpect(jsonPath("$.bodies[0].body").value("INSPECTION_COMMISSION"));
	}

	@Test
	void onlyTheProgrammesOwnBodyPeriodAndTypeMatchAndALinkedActivityCountsWhateverItIs() throws Exception {
		String committee = province.code() + "-CU25";
		create(officerA, programme(committee, province.communeA(), "COMMITTEE", "ANNUAL", "2025-01-01", "2025-12-31"))
			.andExpect(status().isCreated());
		String body = item(officerA, committee, "UNIT", province.cellA(), "INSPECTION", "LAND", null, "2025-06-30")
			.andExpect(jsonPath("$.items[0].state").value("PLANNED"))
			.andReturn().getResponse().getContentAsString();
		String id = body.replaceAll(".*\"items\":\\[\\{\"id\":(\\d+).*", "$1");
		link(officerA, committee, id, province.code() + "-G1").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("activityRef"));
		link(officerA, committee, id, province.code() + "-K1").andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].state").value("STARTED"))
			.andExpect(jsonPath("$.items[0].linked").value(true));
	}

	@Test
	void invalidProgrammesAndItemsAreRefusedNamingTheField() throws Exception {
		create(officerA, programme(null, province.communeA(), "COMMITTEE", "ANNUAL", "2025-01-01", "2026-03-01"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("endsOn"));
		create(officerA, programme(null, province.communeA(), "COMMITTEE", "TERM", "2020-10-01", "2026-10-01"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("endsOn"));
		create(officerA, programme(null, province.communeB(), "COMMITTEE", "ANNUAL", "2025-01-01", "2025-12-31"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("unitCode"));
		create(officerA, programme(plan, province.communeA(), "COMMITTEE", "ANNUAL", "2025-01-01", "2025-12-31"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("ref"));
		create(officerA, "{\"title\":\"\",\"unitCode\":\"%s\"}".formatted(province.communeA()))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("title"));
		item(officerA, plan, "UNIT", province.cellA(), "INSPECTION", "RESOLUTION_IMPLEMENTATION", null, "2025-06-30")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("resolution"));
		item(officerA, plan, "UNIT", province.cellA(), "INSPECTION", "LAND", null, "2026-01-02")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("dueBy"));
		item(officerA, plan, "UNIT", "NO-SUCH-UNIT", "INSPECTION", "LAND", null, "2025-06-30")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("targetCode"));
		mvc.perform(as(officerA, get("/api/v1/oversight/progress"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unit"));
	}

	@Test
	void anotherCommunesOfficerNeitherSeesNorPlansTheProgramme() throws Exception {
		String officerB = Api.unique("planner-b");
		mvc.perform(createUser(officerB, "OFFICER", province.communeB())).andExpect(status().isCreated());
		mvc.perform(as(officerB, get("/api/v1/oversight/programmes/" + plan))).andExpect(status().isNotFound());
		mvc.perform(as(officerB, get("/api/v1/oversight/programmes"))).andExpect(jsonPath("$.page.totalElements").value(0));
		item(officerB, plan, "UNIT", province.communeB(), "INSPECTION", "LAND", null, "2025-06-30")
			.andExpect(status().isNotFound());
		mvc.perform(as(officerB, get("/api/v1/oversight/progress").param("unit", province.communeA())))
			.andExpect(status().isNotFound());
		mvc.perform(as(officerB, get("/api/v1/oversight/progress").param("unit", province.communeB())))
			.andExpect(jsonPath("$.total.planned").value(0));
	}

	@Test
	void pagesShowProgressBarsAndKeepATypedFormOnError() throws Exception {
		jakarta.servlet.http.Cookie page = Api.signIn(mvc, officerA, Api.PASSWORD);
		mvc.perform(get("/oversight/programmes").cookie(page).param("lang", "en"))
			.andExpect(content().string(containsString(plan)))
			.andExpect(content().string(containsString("<progress")))
			.andExpect(content().string(containsString("0 of 3 concluded, 2 started, 3 overdue")));
		mvc.perform(get("/oversight/programmes/" + plan).cookie(page).param("lang", "vi"))
			.andExpect(content().string(containsString("Thực hiện nghị quyết")))
			.andExpect(content().string(containsString("Quá hạn")));
		mvc.perform(post("/oversight/programmes").cookie(page).with(org.springframework.security.test.web.servlet
			.request.SecurityMockMvcRequestPostProcessors.csrf()).param("title", "Kế hoạch thử")
			.param("unitCode", province.communeA()).param("body", "COMMITTEE").param("kind", "ANNUAL")
			.param("startsOn", "2025-01-01").param("endsOn", "2027-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Kế hoạch thử\"")))
			.andExpect(content().string(containsString("an annual programme lasts one year at most")));
	}

	static String programme(String ref, String unit, String body, String kind, String startsOn, String endsOn) {
		return """
				{"ref":%s,"title":"Kế hoạch kiểm tra, giám sát","unitCode":"%s","body":"%s","kind":"%s",
				 "startsOn":"%s","endsOn":"%s"}""".formatted(ref == null ? "null" : "\"" + ref + "\"", unit, body, kind,
				startsOn, endsOn);
	}

	ResultActions create(String user, String json) throws Exception {
		return mvc.perform(as(user, json(post("/api/v1/oversight/programmes"), json)));
	}

	ResultActions item(String user, String ref, String kind, String target, String type, String theme,
			String resolution, String dueBy) throws Exception {
		return mvc.perform(as(user, json(post("/api/v1/oversight/programmes/" + ref + "/items"), """
				{"targetKind":"%s","targetCode":"%s","type":"%s","theme":"%s","resolution":%s,"dueBy":"%s"}"""
			.formatted(kind, target, type, theme, resolution == null ? "null" : "\"" + resolution + "\"", dueBy))));
	}

	ResultActions link(String user, String ref, String id, String activity) throws Exception {
		return mvc.perform(as(user, json(post("/api/v1/oversight/programmes/" + ref + "/items/" + id + "/link"),
				"{\"activityRef\":\"" + activity + "\"}")));
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}
}
