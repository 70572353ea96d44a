package org.probity.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probity.Api.asAdmin;
import static org.probity.Api.createUser;
import static org.probity.Api.importCsv;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The report page: the API's figures, each a link to its list; presets; the reader's own unit by default. */
@ProbityIntegrationTest
class ReportPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	Province province;

	Cookie admin;

	@BeforeEach
	void aYearOfInspections() throws Exception {
		province = Province.fresh();
		Province elsewhere = Province.fresh();
		for (Province each : new Province[] { province, elsewhere }) {
			mvc.perform(asAdmin(importCsv("units", each.unitsCsv()))).andExpect(status().isOk());
			mvc.perform(asAdmin(importCsv("people", each.peopleCsv()))).andExpect(status().isOk());
		}
		ReportFixtures fixtures = new ReportFixtures(province, elsewhere);
		mvc.perform(asAdmin(importCsv("oversight", fixtures.oversight()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("discipline", fixtures.discipline()))).andExpect(status().isOk());
		admin = Api.signIn(mvc, Api.ADMIN, Api.ADMIN_PASSWORD);
	}

	Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
		return Jsoup.parse(mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void everyFigureOnThePageIsTheApisAndLinksWhereTheApiSays() throws Exception {
		JsonNode report = JsonMapper.builder().build().readTree(mvc.perform(asAdmin(get("/api/v1/reports/oversight")
			.param("unit", province.code()).param("from", "2025-01-01").param("to", "2025-12-31")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		Document page = page(get("/reports").param("unit", province.code()).param("period", "YEAR")
			.param("year", "2025").param("lang", "en").cookie(admin), 200);
		assertThat(page.select(".figure")).hasSize(30);
		for (Element figure : page.select(".figure")) {
			String key = figure.attr("data-key");
			assertThat(Long.parseLong(figure.attr("data-figure"))).as(key)
				.isEqualTo(ReportsIntegrationTests.figure(report, key));
			assertThat(figure.attr("href")).as(key).isEqualTo(report.get("links").get(key).asString());
		}
		assertThat(page.selectFirst("#narrative").text()).isEqualTo("Committees at all levels inspected and supervised "
				+ "2 party organisations and 3 members; inspection commissions at all levels 3 organisations and 2 "
				+ "members; 1 organisations and 3 members were disciplined. 0 petitions were received (0 matters), 0 "
				+ "were handled and 0 are overdue. 0 corruption cases were under monitoring and direction, with 0 "
				+ "prosecutions and 0 defendants.");
		assertThat(page.select("a[href^=/reports/oversight.xlsx]").attr("href")).contains("unit=" + province.code())
			.contains("from=2025-01-01").contains("to=2025-12-31");
		Document vietnamese = page(get("/reports").param("unit", province.code()).param("year", "2025")
			.param("lang", "vi").cookie(admin), 200);
		assertThat(vietnamese.selectFirst("#narrative").text()).startsWith("Cấp ủy các cấp đã kiểm tra, giám sát 2 tổ "
				+ "chức đảng và 3 đảng viên; ủy ban kiểm tra các cấp kiểm tra, giám sát 3 tổ chức đảng và 2 đảng viên");
	}

	@Test
	void eachPresetChoosesItsWindow() throws Exception {
		String[][] presets = { { "NINE_MONTHS", "2025-01-01", "2025-09-30" }, { "TEN_MONTHS", "2025-01-01", "2025-10-31" },
				{ "YEAR", "2025-01-01", "2025-12-31" }, { "TERM", "2020-10-01", "2025-09-30" } };
		for (String[] preset : presets) {
			Document page = page(get("/reports").param("unit", province.code()).param("period", preset[0])
				.param("year", "2025").cookie(admin), 200);
			assertThat(page.selectFirst("#from").val()).as(preset[0]).isEqualTo(preset[1]);
			assertThat(page.selectFirst("#to").val()).as(preset[0]).isEqualTo(preset[2]);
			assertThat(page.selectFirst("a.figure").attr("href")).contains("from=" + preset[1], "to=" + preset[2]);
		}
		Document nineMonths = page(get("/reports").param("unit", province.code()).param("period", "NINE_MONTHS")
			.param("year", "2025").cookie(admin), 200);
		// R3 on 31 December and the removal decided that day fall outside the first nine months
		assertThat(nineMonths.selectFirst("[data-key=inspection.inspectionCommissions.units]").attr("data-figure"))
			.isEqualTo("1");
		assertThat(nineMonths.selectFirst("[data-key=discipline.byForm.REMOVAL]").attr("data-figure")).isEqualTo("0");
		Document custom = page(get("/reports").param("unit", province.code()).param("period", "CUSTOM")
			.param("from", "2025-06-15").param("to", "2025-06-15").cookie(admin), 200);
		assertThat(custom.selectFirst("[data-key=inspection.inspectionCommissions.persons]").attr("data-figure"))
			.isEqualTo("2");
	}

	@Test
	void aReaderStartsFromTheirOwnUnitAndCannotReachAnother() throws Exception {
		String officer = Api.unique("officer");
		mvc.perform(createUser(officer, "OFFICER", province.communeA())).andExpect(status().isCreated());
		Cookie session = Api.signIn(mvc, officer, Api.PASSWORD);
		Document own = page(get("/reports").param("year", "2025").cookie(session), 200);
		assertThat(own.selectFirst("#unit").val()).isEqualTo(province.communeA());
		assertThat(own.selectFirst("[data-key=inspection.inspectionCommissions.units]").attr("data-figure"))
			.isEqualTo("3");
		Document other = page(get("/reports").param("unit", province.communeB()).cookie(session), 404);
		assertThat(other.select(".figure")).isEmpty();
		assertThat(other.selectFirst("[role=alert]").text()).contains(province.communeB());
		assertThat(page(get("/reports").cookie(admin), 200).selectFirst("#unit").val()).isNotBlank();
	}

	@Test
	void aCustomPeriodWithoutItsDaysNamesTheMissingOne() throws Exception {
		Document page = page(get("/reports").param("unit", province.code()).param("period", "CUSTOM")
			.param("from", "2025-01-01").param("lang", "en").cookie(admin), 400);
		assertThat(page.selectFirst("#to").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.selectFirst("#from").attr("aria-invalid")).isEqualTo("false");
		assertThat(page.select(".figure")).isEmpty();
		page(get("/reports").param("unit", province.code()).param("year", "0").cookie(admin), 400);
		page(get("/reports").param("unit", province.code()).param("period", "WHENEVER").cookie(admin), 400);
	}
}
