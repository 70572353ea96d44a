package org.probity.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probity.Api.asAdmin;
import static org.probity.Api.importCsv;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The term report of a city the size of Ha Long reproduces the review's figures exactly from imported records, with
 * noise outside the term and the subtree, and rows imported twice counted once.
 */
@ProbityIntegrationTest
class ReportVolumeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theTermReportReproducesTheHaLongReviewFromTheImportedRecords() throws Exception {
		TermVolume city = new TermVolume(Api.unique("HL"));
		mvc.perform(asAdmin(importCsv("units", city.unitsCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("people", city.peopleCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("oversight", city.oversightCsv())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(2396 + 16106 + 1296 + 9532));
		mvc.perform(asAdmin(importCsv("discipline", city.disciplineCsv()))).andExpect(status().isOk());
		// noise outside the window and the subtree, then part of the term imported again: nothing may count twice
		mvc.perform(asAdmin(importCsv("units", city.neighbourCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("oversight", city.oversightNoiseCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("discipline", city.disciplineNoiseCsv()))).andExpect(status().isOk());
		String again = city.oversightCsv().lines().limit(3_001).collect(Collectors.joining("\n", "", "\n"));
		mvc.perform(asAdmin(importCsv("oversight", again))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("discipline", city.disciplineCsv()))).andExpect(status().isOk());

		mvc.perform(asAdmin(get("/api/v1/reports/oversight").param("unit", city.city()).param("from", "2020-10-01")
			.param("to", "2025-09-30")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.inspection.committees.units").value(2396))
			.andExpect(jsonPath("$.inspection.committees.persons").value(16106))
			.andExpect(jsonPath("$.inspection.inspectionCommissions.units").value(1296))
			.andExpect(jsonPath("$.inspection.inspectionCommissions.persons").value(9532))
			.andExpect(jsonPath("$.discipline.units").value(8))
			.andExpect(jsonPath("$.discipline.persons").value(327))
			.andExpect(jsonPath("$.discipline.byForm.REPRIMAND").value(8 + 82));

		Cookie admin = Api.signIn(mvc, Api.ADMIN, Api.ADMIN_PASSWORD);
		for (String[] language : new String[][] {
				{ "en", "Committees at all levels inspected and supervised 2,396 party organisations and 16,106 members; "
						+ "inspection commissions at all levels 1,296 organisations and 9,532 members; 8 organisations "
						+ "and 327 members were disciplined." },
				{ "vi", "Cấp ủy các cấp đã kiểm tra, giám sát 2.396 tổ chức đảng và 16.106 đảng viên; ủy ban kiểm tra "
						+ "các cấp kiểm tra, giám sát 1.296 tổ chức đảng và 9.532 đảng viên; đã thi hành kỷ luật 8 tổ "
						+ "chức đảng và 327 đảng viên." } }) {
			String page = mvc.perform(get("/reports").param("unit", city.city()).param("period", "TERM")
				.param("lang", language[0]).cookie(admin)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(Jsoup.parse(page).selectFirst("#narrative").text()).startsWith(language[1]);
		}
	}
}
