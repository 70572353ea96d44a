package org.probity.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.probity.Api.as;
import static org.probity.Api.asAdmin;
import static org.probity.Api.createUser;
import static org.probity.Api.importCsv;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Coverage of a generated province in 2024: the units its activities reached in the window, and exactly the others
 * as blind spots, whatever happened before or after the window or outside the subtree.
 */
@ProbityIntegrationTest
class CoverageIntegrationTests {

	@Autowired
	MockMvc mvc;

	CoverageFixtures tree;

	@BeforeEach
	void generatedProvince() throws Exception {
		tree = new CoverageFixtures(Api.unique("CV"), new Random(4242));
		mvc.perform(asAdmin(importCsv("units", tree.unitsCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("people", tree.peopleCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("oversight", tree.activitiesCsv()))).andExpect(status().isOk());
	}

	MockHttpServletRequestBuilder coverage(String unit) {
		return get("/api/v1/oversight/coverage").param("unit", unit).param("from", "2024-01-01").param("to", "2024-12-31");
	}

	@Test
	void theNeverCoveredListIsExactlyTheUnitsNoActivityReachedInTheWindow() throws Exception {
		String body = mvc.perform(asAdmin(coverage(tree.code()))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<String> listed = JsonPath.read(body, "$.units[*].code");
		List<String> never = JsonPath.read(body, "$.neverCovered");
		assertThat(new TreeSet<>(listed)).isEqualTo(tree.activeUnits());
		assertThat(new TreeSet<>(never)).isEqualTo(tree.neverReached());
		assertThat(never).isNotEmpty().hasSizeLessThan(listed.size());
	}

	@Test
	void eachUnitSaysHowOftenByWhomAndWhenLast() throws Exception {
		mvc.perform(asAdmin(coverage(tree.code())))
			.andExpect(jsonPath("$.units[?(@.code == '%s')].reach.inspections".formatted(tree.twice())).value(2))
			.andExpect(jsonPath("$.units[?(@.code == '%s')].reach.byCommittees".formatted(tree.twice())).value(1))
			.andExpect(jsonPath("$.units[?(@.code == '%s')].reach.byCommissions".formatted(tree.twice())).value(1))
			.andExpect(jsonPath("$.units[?(@.code == '%s')].reach.state".formatted(tree.twice())).value("SEVERAL"))
			.andExpect(jsonPath("$.units[?(@.code == '%s')].reach.lastOn".formatted(tree.twice())).value("2024-11-30"))
			.andExpect(jsonPath("$.units[?(@.code == '%s')].reach.bodies[*]".formatted(tree.twice()))
				.value(org.hamcrest.Matchers.containsInAnyOrder(tree.code(), tree.code() + "-C1")));
	}

	@Test
	void membersNeverReachedAreListedWhenAskedFor() throws Exception {
		mvc.perform(asAdmin(coverage(tree.code()).param("members", "true")))
			.andExpect(jsonPath("$.members.length()").value(2))
			.andExpect(jsonPath("$.neverCoveredMembers").value(org.hamcrest.Matchers.contains(tree.code() + "-M2")));
		mvc.perform(asAdmin(coverage(tree.code()))).andExpect(jsonPath("$.members.length()").value(0));
	}

	@Test
	void badParametersAreRefusedNamingTheField() throws Exception {
		mvc.perform(asAdmin(coverage(tree.code()).param("to", "2023-01-01"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		mvc.perform(asAdmin(get("/api/v1/oversight/coverage").param("unit", tree.code()).param("from", "1/1/2024")
			.param("to", "2024-12-31"))).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
		mvc.perform(asAdmin(get("/api/v1/oversight/coverage").param("from", "2024-01-01").param("to", "2024-12-31")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("unit"));
	}

	@Test
	void aCommuneOfficerSeesTheCoverageOfTheirCommuneOnly() throws Exception {
		String officer = Api.unique("coverage");
		String commune = tree.code() + "-C1";
		mvc.perform(createUser(officer, "OFFICER", commune)).andExpect(status().isCreated());
		mvc.perform(as(officer, coverage(tree.code()))).andExpect(status().isNotFound());
		String body = mvc.perform(as(officer, coverage(commune))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<String> listed = JsonPath.read(body, "$.units[*].code");
		assertThat(listed).isNotEmpty().allMatch(code -> code.startsWith(commune));
	}

	@Test
	void theTreeAndTheTableShowBlindSpotsWithALegend() throws Exception {
		Cookie admin = Api.signIn(mvc, Api.ADMIN, Api.ADMIN_PASSWORD);
		String first = tree.neverReached().first();
		mvc.perform(get("/oversight/coverage").cookie(admin).param("unit", tree.code()).param("from", "2024-01-01")
			.param("to", "2024-12-31").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"cov-mark cov-never\"")))
			.andExpect(content().string(containsString("Reached several times")))
			.andExpect(content().string(containsString(first)))
			.andExpect(content().string(containsString("never reached, from Jan 1, 2024 to Dec 31, 2024")));
		mvc.perform(get("/oversight/coverage").cookie(admin).param("unit", tree.code()).param("from", "2024-01-01")
			.param("to", "2024-12-31").param("view", "table").param("members", "true").param("lang", "vi"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"blind\"")))
			.andExpect(content().string(containsString("Chưa lần nào")))
			.andExpect(content().string(containsString(tree.code() + "-M2")));
	}
}
