package org.probity.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probity.Api.asAdmin;
import static org.probity.Api.importCsv;
import static org.probity.cases.CaseFixtures.advance;
import static org.probity.cases.CaseFixtures.defendant;
import static org.probity.cases.CaseFixtures.landCase;
import static org.probity.cases.CaseFixtures.opened;
import static org.probity.cases.CaseFixtures.placeUnderMonitoring;
import static org.probity.cases.CaseFixtures.removeFromMonitoring;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.probity.shared.Jurisdiction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The report's figures for a subtree and a window: cases monitored, cases prosecuted, defendants prosecuted, and
 * each figure equals the list it links to.
 */
@ProbityIntegrationTest
class CaseFiguresIntegrationTests {

	static final LocalDate FROM = LocalDate.of(2024, 1, 1);

	static final LocalDate TO = LocalDate.of(2024, 6, 30);

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseFigures figures;

	@Autowired
	CaseManagement cases;

	Province province;

	@BeforeEach
	void fourCases() throws Exception {
		province = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		String committee = province.code();
		// In commune A, prosecuted in the window; monitored over the window's start; one defendant of three counts.
		long c1 = opened(mvc, landCase(province.communeA(), "2023-11-01"));
		mvc.perform(asAdmin(placeUnderMonitoring(c1, committee, "2023-12-01")));
		mvc.perform(asAdmin(removeFromMonitoring(c1, "2024-01-01")));
		mvc.perform(asAdmin(advance(c1, "PROSECUTED", "2024-03-01")));
		mvc.perform(asAdmin(defendant(c1, "Phạm Văn Một", "2024-03-01")));
		mvc.perform(asAdmin(defendant(c1, "Phạm Văn Hai", "2023-12-20")));
		mvc.perform(asAdmin(defendant(c1, "Phạm Văn Ba", null)));
		// In commune A's cell, prosecuted and placed under monitoring on the window's last day.
		long c2 = opened(mvc, landCase(province.cellA(), "2024-02-01"));
		mvc.perform(asAdmin(advance(c2, "PROSECUTED", "2024-06-30")));
		mvc.perform(asAdmin(defendant(c2, "Lê Thị Bốn", "2024-06-30")));
		mvc.perform(asAdmin(placeUnderMonitoring(c2, committee, "2024-06-30")));
		// In commune B, prosecuted and monitored after the window, though a defendant was prosecuted within it.
		long c3 = opened(mvc, landCase(province.communeB(), "2024-01-05"));
		mvc.perform(asAdmin(defendant(c3, "Hoàng Văn Năm", "2024-05-05")));
		mvc.perform(asAdmin(advance(c3, "PROSECUTED", "2024-07-01")));
		mvc.perform(asAdmin(placeUnderMonitoring(c3, committee, "2024-07-01")));
		// In commune A, monitored only the year before.
		long c4 = opened(mvc, landCase(province.communeA(), "2023-05-01"));
		mvc.perform(asAdmin(placeUnderMonitoring(c4, committee, "2023-06-01")));
		mvc.perform(asAdmin(removeFromMonitoring(c4, "2023-12-31"))).andExpect(status().isOk());
	}

	@Test
	void theProvinceCountsEveryCommune() {
		CaseFigures.Figures whole = of(province.code());
		assertThat(whole.monitored()).isEqualTo(2);
		assertThat(whole.prosecuted()).isEqualTo(2);
		assertThat(whole.defendants()).isEqualTo(3);
		assertThat(whole.byStage().get(Stage.DETECTED)).isEqualTo(2);
		assertThat(whole.byStage().get(Stage.PROSECUTED)).isEqualTo(2);
		assertThat(whole.byStage().get(Stage.CLOSED)).isZero();
	}

	@Test
	void aCommuneCountsItsOwnSubtreeOnly() {
		CaseFigures.Figures communeA = of(province.communeA());
		assertThat(communeA.monitored()).isEqualTo(2);
		assertThat(communeA.prosecuted()).isEqualTo(2);
		assertThat(communeA.defendants()).isEqualTo(2);
		CaseFigures.Figures communeB = of(province.communeB());
		assertThat(communeB.monitored()).isZero();
		assertThat(communeB.prosecuted()).isZero();
		assertThat(communeB.defendants()).isEqualTo(1);
	}

	@Test
	void everyFigureLinksToAListOfTheSameSize() throws Exception {
		mvc.perform(asAdmin(get("/api/v1/cases/figures").param("unit", province.code()).param("from", FROM.toString())
			.param("to", TO.toString())))
			.andExpect(jsonPath("$.monitored").value(2))
			.andExpect(jsonPath("$.prosecuted").value(2))
			.andExpect(jsonPath("$.defendants").value(3))
			.andExpect(jsonPath("$.byStage.DETECTED").value(2));
		mvc.perform(asAdmin(get("/api/v1/cases").param("unit", province.code()).param("monitoredFrom", FROM.toString())
			.param("monitoredTo", TO.toString()))).andExpect(jsonPath("$.page.totalElements").value(2));
		mvc.perform(asAdmin(get("/api/v1/cases").param("unit", province.code()).param("prosecutedFrom", FROM.toString())
			.param("prosecutedTo", TO.toString()))).andExpect(jsonPath("$.page.totalElements").value(2));
		mvc.perform(asAdmin(get("/api/v1/cases").param("unit", province.code()).param("reached", "DETECTED")
			.param("reachedFrom", FROM.toString()).param("reachedTo", TO.toString())))
			.andExpect(jsonPath("$.page.totalElements").value(2));
		mvc.perform(asAdmin(get("/api/v1/cases/defendants").param("unit", province.code())
			.param("prosecutedFrom", FROM.toString()).param("prosecutedTo", TO.toString())))
			.andExpect(jsonPath("$.page.totalElements").value(3))
			.andExpect(jsonPath("$.content[0].defendant.fullName").value("Lê Thị Bốn"));
	}

	@Test
	void theOversightReportShowsTheFiguresAndLinksToPagesOfTheSameTotal() throws Exception {
		String report = mvc.perform(asAdmin(get("/api/v1/reports/oversight").param("unit", province.code())
			.param("from", FROM.toString()).param("to", TO.toString()))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat((Integer) JsonPath.read(report, "$.cases.monitored")).isEqualTo(2);
		assertThat((Integer) JsonPath.read(report, "$.cases.prosecuted")).isEqualTo(2);
		assertThat((Integer) JsonPath.read(report, "$.cases.defendants")).isEqualTo(3);
		Cookie admin = Api.signIn(mvc, Api.ADMIN, Api.ADMIN_PASSWORD);
		for (String figure : new String[] { "monitored", "prosecuted", "defendants" }) {
			String link = JsonPath.read(report, "$.links['cases." + figure + "']");
			String page = mvc.perform(get(link).cookie(admin)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(Jsoup.parse(page).selectFirst("#list-total").attr("data-total")).as(link)
				.isEqualTo(String.valueOf((Integer) JsonPath.read(report, "$.cases." + figure)));
		}
	}

	private CaseFigures.Figures of(String unit) {
		return Jurisdiction.asSystem(() -> figures.of(unit, FROM, TO));
	}
}
