package org.probity.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probity.Api.as;
import static org.probity.Api.asAdmin;
import static org.probity.Api.createUser;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard against a generated data set ({@link DashboardFixtures}): every bar, in the API and on the page,
 * equals the total of the list it links to; the reader's jurisdiction bounds it; every language draws it. The data
 * set is loaded once: the tests only read it.
 */
@ProbityIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardIntegrationTests {

	@Autowired
	MockMvc mvc;

	Province province;

	Cookie admin;

	@BeforeAll
	void aGeneratedYear() throws Exception {
		province = Province.fresh();
		new DashboardFixtures(mvc, province, Province.fresh()).load();
		admin = Api.signIn(mvc, Api.ADMIN, Api.ADMIN_PASSWORD);
	}

	JsonNode dashboard(MockHttpServletRequestBuilder request) throws Exception {
		return DashboardFixtures.JSON.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	JsonNode year(String unit) throws Exception {
		return dashboard(asAdmin(get("/api/v1/dashboard").param("unit", unit).param("from", "2025-01-01")
			.param("to", "2025-12-31")));
	}

	Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
		return Jsoup.parse(mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	/** The total the list behind a link shows. */
	long listTotal(String link) throws Exception {
		Element total = page(get(link).cookie(admin), 200).selectFirst("#list-total");
		assertThat(total).as(link).isNotNull();
		return Long.parseLong(total.attr("data-total"));
	}

	@Test
	void everyBarEqualsTheTotalOfTheListItLinksTo() throws Exception {
		JsonNode dashboard = year(province.code());
		List<String> checked = new ArrayList<>();
		for (JsonNode chart : dashboard.get("charts")) {
			String key = chart.get("key").asString();
			long sum = 0;
			for (JsonNode bar : chart.get("bars")) {
				String link = bar.get("link").asString();
				long value = bar.get("value").asLong();
				sum += value;
				if (key.equals("targets")) {
					Document targets = page(get(link).cookie(admin), 200);
					assertThat(targets.select("#targets tbody tr").eachText()).as(link)
						.anyMatch(row -> row.contains("Kết nạp đảng viên mới") && row.contains("88")
								&& row.contains("153") && row.contains("57.5%"));
				}
				else {
					assertThat(listTotal(link)).as(key + "." + bar.get("key").asString() + " → " + link)
						.isEqualTo(value);
				}
				checked.add(key + "." + bar.get("key").asString());
			}
			assertThat(sum).as("the data set gives " + key + " something to count").isPositive();
		}
		assertThat(checked).hasSize(12 + 4 + 9 + 3 + 4 + 5 + 8 + 1);
	}

	@Test
	void theFiguresAreThoseOfTheGeneratedRecords() throws Exception {
		JsonNode dashboard = year(province.code());
		Map<String, Long> plan = bars(dashboard, "plan");
		assertThat(plan).isEqualTo(Map.of("PLANNED", 4L, "STARTED", 3L, "CONCLUDED", 2L, "OVERDUE", 2L));
		assertThat(bars(dashboard, "overdue")).containsEntry("directions", 2L).containsEntry("tasks", 2L);
		assertThat(bars(dashboard, "casesByStage")).containsEntry("DETECTED", 3L).containsEntry("PROSECUTED", 2L)
			.containsEntry("VERIFYING", 1L).containsEntry("FIRST_INSTANCE_TRIAL", 1L);
		assertThat(bars(dashboard, "disciplineByForm")).containsEntry("REPRIMAND", 1L).containsEntry("EXPULSION", 0L);
		long byMonth = bars(dashboard, "petitionsByMonth").values().stream().mapToLong(Long::longValue).sum();
		assertThat(bars(dashboard, "petitionsByKind").values().stream().mapToLong(Long::longValue).sum())
			.isEqualTo(byMonth);
		assertThat(bars(dashboard, "petitionsByStatus").values().stream().mapToLong(Long::longValue).sum())
			.isEqualTo(byMonth);
		assertThat(bars(dashboard, "petitionsByStatus")).hasEntrySatisfying("NOT_ACCEPTED", n -> assertThat(n).isPositive())
			.hasEntrySatisfying("CLASSIFIED", n -> assertThat(n).isPositive())
			.hasEntrySatisfying("ACCEPTED", n -> assertThat(n).isPositive());
		assertThat(dashboard.get("charts").get(7).get("bars")).hasSize(1);
		assertThat(dashboard.get("charts").get(7).get("bars").get(0).get("outOf").asLong()).isEqualTo(153);
	}

	@Test
	void theReportsSteeringFiguresEqualTheirLists() throws Exception {
		JsonNode report = DashboardFixtures.JSON.readTree(mvc.perform(asAdmin(get("/api/v1/reports/oversight")
			.param("unit", province.code()).param("from", "2025-01-01").param("to", "2025-12-31")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(report.get("steering").get("meetings").asLong()).isEqualTo(3);
		assertThat(report.get("steering").get("directions").asLong()).isEqualTo(3);
		for (String key : new String[] { "meetings", "directions", "directionsOverdue", "tasksDone", "tasksOverdue" }) {
			String link = report.get("links").get("steering." + key).asString();
			assertThat(listTotal(link)).as(key + " → " + link).isEqualTo(report.get("steering").get(key).asLong());
		}
		Document page = page(get("/reports").param("unit", province.code()).param("period", "YEAR")
			.param("year", "2025").cookie(admin), 200);
		assertThat(page.selectFirst("[data-key=steering.meetings]").attr("data-figure")).isEqualTo("3");
	}

	@Test
	void thePageDrawsTheApisBarsEachALinkWithATextAlternative() throws Exception {
		JsonNode dashboard = year(province.code());
		Document page = page(get("/dashboard").param("unit", province.code()).param("from", "2025-01-01")
			.param("to", "2025-12-31").param("lang", "en").cookie(admin), 200);
		int bars = 0;
		for (JsonNode chart : dashboard.get("charts")) {
			Element figure = page.selectFirst("figure[data-chart=" + chart.get("key").asString() + "]");
			Element svg = figure.selectFirst("svg");
			assertThat(svg.attr("role")).isEqualTo("group");
			assertThat(svg.selectFirst("title").text()).isEqualTo(figure.selectFirst("figcaption").text()).isNotBlank();
			List<Element> links = figure.select("svg a.bar");
			assertThat(links).hasSize(chart.get("bars").size());
			assertThat(figure.select("table.visually-hidden tbody tr")).hasSize(links.size());
			for (int i = 0; i < links.size(); i++) {
				JsonNode bar = chart.get("bars").get(i);
				assertThat(links.get(i).attr("href")).isEqualTo(bar.get("link").asString());
				assertThat(links.get(i).attr("data-figure")).isEqualTo(bar.get("value").asString());
				assertThat(links.get(i).attr("aria-label")).isNotBlank();
				bars++;
			}
		}
		assertThat(bars).isEqualTo(46);
		assertThat(page.selectFirst("figure[data-chart=petitionsByKind] a.bar").attr("aria-label"))
			.startsWith("Complaint: ");
		assertThat(page.select("nav a[href=/dashboard]")).isNotEmpty();
	}

	@Test
	void arabicDrawsTheChartsRightToLeft() throws Exception {
		Document page = page(get("/dashboard").param("unit", province.code()).param("lang", "ar").cookie(admin), 200);
		assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
		Element label = page.selectFirst("figure[data-chart=petitionsByKind] text.label");
		assertThat(Integer.parseInt(label.attr("x"))).isGreaterThan(320);
		assertThat(page.select("svg a.bar")).isNotEmpty();
	}

	@Test
	void aReaderSeesTheirOwnSubtreeAndCannotAskForAnother() throws Exception {
		String officer = Api.unique("officer");
		mvc.perform(createUser(officer, "OFFICER", province.communeA())).andExpect(status().isCreated());
		JsonNode own = dashboard(as(officer, get("/api/v1/dashboard").param("from", "2025-01-01").param("to", "2025-12-31")));
		assertThat(own.get("unit").asString()).isEqualTo(province.communeA());
		assertThat(own).isEqualTo(year(province.communeA()));
		assertThat(bars(own, "plan")).containsEntry("PLANNED", 4L);
		assertThat(bars(own, "overdue")).containsEntry("directions", 1L);
		for (String outside : new String[] { province.code(), province.communeB() }) {
			mvc.perform(as(officer, get("/api/v1/dashboard").param("unit", outside)))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(outside)));
		}
		Cookie session = Api.signIn(mvc, officer, Api.PASSWORD);
		assertThat(page(get("/dashboard").cookie(session), 200).selectFirst("#unit").val()).isEqualTo(province.communeA());
		assertThat(page(get("/dashboard").param("unit", province.communeB()).cookie(session), 404).select("svg")).isEmpty();
	}

	@Test
	void badInputIsRefusedNamingTheField() throws Exception {
		String[][] cases = { { "NO-SUCH-UNIT", "2025-01-01", "2025-12-31", null },
				{ province.code(), "2025-02-30", "2025-12-31", "from" }, { province.code(), "2025-01-01", "31/12/2025", "to" },
				{ province.code(), "2025-12-31", "2025-01-01", "to" }, { province.code(), "2025-01-01", null, "to" },
				{ province.code(), "-5000-01-01", "2025-01-01", "from" } };
		for (String[] given : cases) {
			MockHttpServletRequestBuilder request = get("/api/v1/dashboard").param("unit", given[0]).param("from", given[1]);
			if (given[2] != null) {
				request.param("to", given[2]);
			}
			if (given[3] == null) {
				mvc.perform(asAdmin(request)).andExpect(status().isNotFound());
			}
			else {
				mvc.perform(asAdmin(request)).andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.errors[0].field").value(given[3]));
			}
		}
		Document page = page(get("/dashboard").param("unit", province.code()).param("from", "2025-12-31")
			.param("to", "2025-01-01").cookie(admin), 400);
		assertThat(page.selectFirst("#to").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("svg")).isEmpty();
	}

	static Map<String, Long> bars(JsonNode dashboard, String chart) {
		Map<String, Long> bars = new java.util.LinkedHashMap<>();
		for (JsonNode each : dashboard.get("charts")) {
			if (each.get("key").asString().equals(chart)) {
				each.get("bars").forEach(bar -> bars.put(bar.get("key").asString(), bar.get("value").asLong()));
			}
		}
		return bars;
	}
}
