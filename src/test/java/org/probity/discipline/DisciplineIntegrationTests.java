package org.probity.discipline;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.probity.Api.asAdmin;
import static org.probity.Api.importCsv;
import static org.probity.discipline.DisciplineFixtures.HEADER;
import static org.probity.discipline.DisciplineFixtures.appeal;
import static org.probity.discipline.DisciplineFixtures.open;
import static org.probity.discipline.DisciplineFixtures.row;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ProbityIntegrationTest
class DisciplineIntegrationTests {

	@Autowired
	MockMvc mvc;

	Province province;

	@BeforeEach
	void province() throws Exception {
		province = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("people", province.peopleCsv()))).andExpect(status().isOk());
	}

	@Test
	void importedDecisionsAreUpdatedByRefNeverDuplicated() throws Exception {
		String ref = province.code() + "-KL1";
		String csv = HEADER + row(ref, "PERSON", province.personA(), "WARNING", province.code(), "2024-04-02")
				+ row(province.code() + "-KL2", "UNIT", province.cellA(), "DISSOLUTION", province.communeA(), "2024-05-06");
		mvc.perform(asAdmin(importCsv("discipline", csv))).andExpect(jsonPath("$.imported").value(2));
		mvc.perform(asAdmin(importCsv("discipline", csv.replace("WARNING", "REMOVAL"))))
			.andExpect(jsonPath("$.imported").value(2));
		mvc.perform(asAdmin(get("/api/v1/discipline").param("unit", province.code())))
			.andExpect(jsonPath("$.page.totalElements").value(2))
			.andExpect(jsonPath("$.content[0].form").value("DISSOLUTION"));
		mvc.perform(asAdmin(get("/api/v1/discipline/" + ref)))
			.andExpect(jsonPath("$.form").value("REMOVAL"))
			.andExpect(jsonPath("$.targetCode").value(province.personA()))
			.andExpect(jsonPath("$.appealUntil").value("2024-05-02"));
	}

	@Test
	void badRowsAreEachNamedAndNothingIsImported() throws Exception {
		String p = province.code();
		String csv = HEADER + row(p + "-KL3", "PERSON", province.personA(), "DISSOLUTION", p, "2024-01-01")
				+ row(p + "-KL4", "UNIT", province.cellA(), "EXPULSION", p, "2024-01-01")
				+ row(p + "-KL5", "PERSON", p + "-NOBODY", "WARNING", "NO-SUCH-BODY", "2024-01-01")
				+ row(p + "-KL6", "PERSON", province.personB(), "WARNING", p, LocalDate.now().plusDays(3).toString())
				+ row(p + "-KL7", "PERSON", province.personB(), "WARNING", p, "2024-01-01");
		mvc.perform(asAdmin(importCsv("discipline", csv)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rows[?(@.row == 2)].column").value("form"))
			.andExpect(jsonPath("$.rows[?(@.row == 2)].message", hasItem(containsString("not a form for a person"))))
			.andExpect(jsonPath("$.rows[?(@.row == 3)].column").value("form"))
			.andExpect(jsonPath("$.rows[?(@.row == 4)].column", hasItem("target_code")))
			.andExpect(jsonPath("$.rows[?(@.row == 4)].column", hasItem("decided_by")))
			.andExpect(jsonPath("$.rows[?(@.row == 5)].column").value("decided_on"))
			.andExpect(jsonPath("$.rejectedRows").value(5));
		mvc.perform(asAdmin(get("/api/v1/discipline/" + p + "-KL7"))).andExpect(status().isNotFound());
	}

	@Test
	void aViolationBeyondTheStatuteOfLimitationsIsRefused() throws Exception {
		mvc.perform(asAdmin(open(DisciplineFixtures.reprimandOfMemberA(province, "2025-03-01", "2019-12-31"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("violationOn"));
		// The same violation still warrants a warning (ten years), and expulsion at any time.
		mvc.perform(asAdmin(open(DisciplineFixtures.decision(province, "PERSON", province.personA(), "WARNING",
				"2025-03-01", "2019-12-31"))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.ref").value(containsString("KL-2025-")))
			.andExpect(jsonPath("$.violationOn").value("2019-12-31"));
		mvc.perform(asAdmin(open(DisciplineFixtures.decision(province, "PERSON", province.personA(), "EXPULSION",
				"2025-03-01", "1990-01-01"))))
			.andExpect(status().isCreated());
	}

	@Test
	void aFormTheTargetCannotReceiveIsRefusedNamingTheField() throws Exception {
		mvc.perform(asAdmin(open(DisciplineFixtures.decision(province, "UNIT", province.cellA(), "REMOVAL",
				"2025-03-01", null))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("form"))
			.andExpect(jsonPath("$.detail").value(containsString("REPRIMAND, WARNING, DISSOLUTION")));
	}

	@Test
	void aBodyDecidesOnlyWithinItsLevel() throws Exception {
		String p = province.code();
		String csv = HEADER + row(p + "-L1", "PERSON", province.personB(), "REPRIMAND", province.communeA(), "2024-01-01")
				+ row(p + "-L2", "UNIT", province.communeA(), "REPRIMAND", province.communeA(), "2024-01-01")
				+ row(p + "-L3", "PERSON", province.personA(), "EXPULSION", province.cellA(), "2024-01-01")
				+ row(p + "-L4", "PERSON", province.personA(), "WARNING", province.cellA(), "2024-01-01");
		mvc.perform(asAdmin(importCsv("discipline", csv)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rejectedRows").value(3))
			.andExpect(jsonPath("$.rows[?(@.row == 2)].column").value("decided_by"))
			.andExpect(jsonPath("$.rows[?(@.row == 3)].message").value(hasItem(containsString("its own organisation"))))
			.andExpect(jsonPath("$.rows[?(@.row == 4)].message").value(hasItem(containsString("party cell"))));
		mvc.perform(asAdmin(importCsv("discipline", HEADER
				+ row(p + "-L4", "PERSON", province.personA(), "WARNING", province.cellA(), "2024-01-01"))))
			.andExpect(status().isOk());
	}

	@Test
	void anAppealIsAcceptedWithinAMonthAndShowsItsSettlementDeadline() throws Exception {
		LocalDate decided = LocalDate.now().minusDays(20);
		String ref = ref(DisciplineFixtures.reprimandOfMemberA(province, decided.toString(), null));
		LocalDate lodged = decided.plusDays(10);
		mvc.perform(asAdmin(appeal(ref, lodged.toString())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.appeal.lodgedOn").value(lodged.toString()))
			.andExpect(jsonPath("$.appeal.settleBy").value(lodged.plusDays(30).toString()));
		mvc.perform(asAdmin(appeal(ref, lodged.toString()))).andExpect(status().isConflict());
		Cookie admin = Api.signIn(mvc, Api.ADMIN, Api.ADMIN_PASSWORD);
		mvc.perform(get("/discipline/" + ref).cookie(admin).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
				.withLocale(Locale.ENGLISH)
				.format(lodged.plusDays(30)))));
	}

	@Test
	void anAppealAfterAMonthIsRefused() throws Exception {
		String ref = ref(DisciplineFixtures.reprimandOfMemberA(province, LocalDate.now().minusMonths(3).toString(), null));
		mvc.perform(asAdmin(appeal(ref, LocalDate.now().minusDays(1).toString())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lodgedOn"));
	}

	@Test
	void pagesListFilterAndShowDecisionsInBothLanguages() throws Exception {
		String ref = ref(DisciplineFixtures.reprimandOfMemberA(province, "2025-02-03", null));
		Cookie admin = Api.signIn(mvc, Api.ADMIN, Api.ADMIN_PASSWORD);
		for (String lang : new String[] { "en", "vi" }) {
			for (String page : new String[] { "/discipline", "/discipline/" + ref }) {
				mvc.perform(get(page).cookie(admin).param("lang", lang)).andExpect(status().isOk())
					.andExpect(content().string(containsString(ref)));
			}
		}
		mvc.perform(get("/discipline").cookie(admin).param("unit", province.code()).param("form", "REPRIMAND")
			.param("targetKind", "PERSON").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ref)))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get("/discipline").cookie(admin).param("unit", province.code()).param("form", "WARNING")
			.header("HX-Request", "true"))
			.andExpect(content().string(not(containsString(ref))));
	}

	private String ref(String json) throws Exception {
		String body = mvc.perform(asAdmin(open(json))).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString();
		return body.replaceAll(".*\"ref\":\"([^\"]+)\".*", "$1");
	}
}
