package org.probity.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probity.Api.as;
import static org.probity.Api.asAdmin;
import static org.probity.Api.createUser;
import static org.probity.Api.importCsv;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The oversight report against a year of records whose every figure is computed by hand (see {@link ReportFixtures}). */
@ProbityIntegrationTest
class ReportsIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	Province province;

	@BeforeEach
	void aYearOfRecords() throws Exception {
		province = Province.fresh();
		Province elsewhere = Province.fresh();
		ReportFixtures fixtures = new ReportFixtures(province, elsewhere);
		for (Province each : new Province[] { province, elsewhere }) {
			mvc.perform(asAdmin(importCsv("units", each.unitsCsv()))).andExpect(status().isOk());
			mvc.perform(asAdmin(importCsv("people", each.peopleCsv()))).andExpect(status().isOk());
		}
		mvc.perform(asAdmin(importCsv("oversight", fixtures.oversight()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("discipline", fixtures.discipline()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("petitions", fixtures.petitions()))).andExpect(status().isOk());
		for (MockHttpServletRequestBuilder session : fixtures.receptionSessions()) {
			mvc.perform(asAdmin(session)).andExpect(status().isCreated());
		}
		JsonNode list = read(asAdmin(get("/api/v1/petitions").param("unit", province.code())));
		for (JsonNode petition : list.get("content")) {
			if (petition.get("reference").asString().endsWith("-T4")) {
				mvc.perform(asAdmin(post("/api/v1/petitions/" + petition.get("id").asLong() + "/refuse")
					.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Đã hướng dẫn gửi đúng nơi\"}")))
					.andExpect(status().isOk());
			}
		}
	}

	JsonNode read(MockHttpServletRequestBuilder request) throws Exception {
		return JSON.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	JsonNode report(String unit, String from, String to) throws Exception {
		return read(asAdmin(get("/api/v1/reports/oversight").param("unit", unit).param("from", from).param("to", to)));
	}

	/** The figure at a key such as {@code inspection.committees.units}. */
	static long figure(JsonNode report, String key) {
		JsonNode node = report;
		for (String step : key.split("\\.")) {
			node = node.get(step);
		}
		return node.asLong();
	}

	@Test
	void theProvinceReportCountsEveryRecordOfTheYearInItsSubtree() throws Exception {
		JsonNode year = report(province.code(), "2025-01-01", "2025-12-31");
		assertThat(year.get("unit").asString()).isEqualTo(province.code());
		assertThat(year.get("from").asString()).isEqualTo("2025-01-01");
		assertThat(year.get("to").asString()).isEqualTo("2025-12-31");
		Map<String, Long> expected = Map.ofEntries(Map.entry("inspection.committees.units", 2L),
				Map.entry("inspection.committees.persons", 3L), Map.entry("inspection.inspectionCommissions.units", 3L),
				Map.entry("inspection.inspectionCommissions.persons", 2L), Map.entry("discipline.units", 1L),
				Map.entry("discipline.persons", 3L), Map.entry("discipline.byForm.REPRIMAND", 1L),
				Map.entry("discipline.byForm.WARNING", 1L), Map.entry("discipline.byForm.REMOVAL", 1L),
				Map.entry("discipline.byForm.EXPULSION", 0L), Map.entry("discipline.byForm.DISSOLUTION", 1L),
				Map.entry("petitions.received", 4L), Map.entry("petitions.matters", 3L),
				Map.entry("petitions.handled", 1L), Map.entry("petitions.overdue", 3L),
				Map.entry("petitions.byKind.COMPLAINT", 1L), Map.entry("petitions.byKind.DENUNCIATION", 2L),
				Map.entry("petitions.byKind.RECOMMENDATION", 1L), Map.entry("petitions.byKind.REFLECTION", 0L),
				Map.entry("petitions.receptionSessions", 2L), Map.entry("petitions.dialogues", 1L),
				Map.entry("petitions.citizensReceived", 17L), Map.entry("cases.monitored", 0L),
				Map.entry("cases.prosecuted", 0L), Map.entry("cases.defendants", 0L));
		expected.forEach((key, value) -> assertThat(figure(year, key)).as(key).isEqualTo(value));
	}

	@Test
	void everyFigureEqualsTheTotalOfTheListItLinksTo() throws Exception {
		JsonNode year = report(province.code(), "2025-01-01", "2025-12-31");
		Cookie admin = Api.signIn(mvc, Api.ADMIN, Api.ADMIN_PASSWORD);
		int checked = 0;
		for (Map.Entry<String, JsonNode> link : year.get("links").properties()) {
			String page = mvc.perform(get(link.getValue().asString()).cookie(admin)).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			String total = Jsoup.parse(page).selectFirst("#list-total")
				.attr(link.getKey().equals("petitions.citizensReceived") ? "data-citizens" : "data-total");
			assertThat(Long.parseLong(total)).as(link.getKey() + " → " + link.getValue().asString())
				.isEqualTo(figure(year, link.getKey()));
			checked++;
		}
		assertThat(checked).as("every figure").isEqualTo(30);
	}

	@Test
	void bothEndsOfTheWindowAreIncluded() throws Exception {
		JsonNode first = report(province.code(), "2025-01-01", "2025-01-01");
		assertThat(figure(first, "inspection.committees.units")).isEqualTo(2);
		assertThat(figure(first, "inspection.committees.persons")).isEqualTo(1);
		assertThat(figure(first, "discipline.byForm.REPRIMAND")).isEqualTo(1);
		assertThat(figure(first, "petitions.received")).isEqualTo(1);
		JsonNode last = report(province.code(), "2025-12-31", "2025-12-31");
		assertThat(figure(last, "inspection.inspectionCommissions.units")).isEqualTo(2);
		assertThat(figure(last, "discipline.byForm.REMOVAL")).isEqualTo(1);
		assertThat(figure(last, "petitions.byKind.RECOMMENDATION")).isEqualTo(1);
		assertThat(figure(last, "petitions.dialogues")).isEqualTo(1);
		JsonNode dayBefore = report(province.code(), "2024-12-31", "2024-12-31");
		assertThat(figure(dayBefore, "inspection.committees.persons")).isEqualTo(1);
		assertThat(figure(dayBefore, "discipline.byForm.EXPULSION")).isEqualTo(1);
		assertThat(figure(dayBefore, "petitions.byKind.REFLECTION")).isEqualTo(1);
		assertThat(figure(dayBefore, "petitions.receptionSessions")).isEqualTo(1);
		assertThat(figure(dayBefore, "inspection.inspectionCommissions.units")).isZero();
	}

	@Test
	void aCommuneReportCountsOnlyItsOwnSubtree() throws Exception {
		JsonNode communeA = report(province.communeA(), "2025-01-01", "2025-12-31");
		assertThat(figure(communeA, "inspection.committees.units")).isZero();
		assertThat(figure(communeA, "inspection.inspectionCommissions.units")).isEqualTo(3);
		assertThat(figure(communeA, "inspection.inspectionCommissions.persons")).isEqualTo(2);
		assertThat(figure(communeA, "discipline.units")).isEqualTo(1);
		assertThat(figure(communeA, "discipline.persons")).isEqualTo(2);
		assertThat(figure(communeA, "petitions.received")).isEqualTo(1);
		assertThat(figure(communeA, "petitions.citizensReceived")).isEqualTo(5);
	}

	@Test
	void aReaderGetsTheReportOfTheirOwnSubtreeAndNoOther() throws Exception {
		String officer = Api.unique("officer");
		mvc.perform(createUser(officer, "OFFICER", province.communeA())).andExpect(status().isCreated());
		mvc.perform(as(officer, get("/api/v1/reports/oversight").param("unit", province.communeA())
			.param("from", "2025-01-01").param("to", "2025-12-31")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.inspection.inspectionCommissions.units").value(3))
			.andExpect(jsonPath("$.discipline.persons").value(2));
		for (String outside : new String[] { province.code(), province.communeB() }) {
			mvc.perform(as(officer, get("/api/v1/reports/oversight").param("unit", outside)
				.param("from", "2025-01-01").param("to", "2025-12-31")))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(outside)));
		}
	}

	@Test
	void aMissingOrInvalidParameterIsAnsweredWithTheFieldAtFault() throws Exception {
		String unit = province.code();
		String[][] cases = { { null, "2025-01-01", "2025-12-31", "unit" }, { " ", "2025-01-01", "2025-12-31", "unit" },
				{ unit, null, "2025-12-31", "from" }, { unit, "2025-02-30", "2025-12-31", "from" },
				{ unit, "2025-01-01", null, "to" }, { unit, "2025-01-01", "31/12/2025", "to" },
				{ unit, "2025-12-31", "2025-01-01", "to" }, { unit, "-5000-01-01", "2025-01-01", "from" } };
		for (String[] given : cases) {
			MockHttpServletRequestBuilder request = get("/api/v1/reports/oversight");
			for (int i = 0; i < 3; i++) {
				if (given[i] != null) {
					request.param(new String[] { "unit", "from", "to" }[i], given[i]);
				}
			}
			mvc.perform(asAdmin(request))
				.andExpect(status().isBadRequest())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
					.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value(given[3]));
		}
		mvc.perform(asAdmin(get("/api/v1/reports/oversight").param("unit", "NO-SUCH-UNIT").param("from", "2025-01-01")
			.param("to", "2025-12-31"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/reports/oversight").param("unit", unit).param("from", "2025-01-01")
			.param("to", "2025-12-31")).andExpect(status().isUnauthorized());
	}
}
