package org.probity.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.probity.Api.as;
import static org.probity.Api.asAdmin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.probity.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * What a reader finds, the same on every backend: {@code SearchIntegrationTests} runs these on embedded Lucene (H2
 * and PostgreSQL), {@code OpenSearchClusterTests} on a real three-node OpenSearch cluster.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SearchCases {

	@Autowired
	MockMvc mvc;

	SearchWorld world;

	@BeforeAll
	void records() throws Exception {
		world = new SearchWorld(mvc).build();
	}

	@Test
	void wordsAreFoundWithOrWithoutDiacritics() throws Exception {
		assertThat(ids(search(null, "tham nhung dat dai " + world.marker))).contains(world.landInA, world.landInB);
		assertThat(ids(search(null, "THAM NHŨNG ĐẤT ĐAI " + world.marker))).contains(world.landInA, world.landInB);
		String decomposed = Normalizer.normalize("tham nhũng đất đai ", Normalizer.Form.NFD);
		assertThat(ids(search(null, decomposed + world.marker))).contains(world.landInA, world.landInB);
		assertThat(ids(search(null, "tham nhung " + world.marker))).doesNotContain(world.schoolInA);
	}

	@Test
	void phrasesMatchOnlyInTheirOrder() throws Exception {
		assertThat(ids(search(null, "\"dat dai\" " + world.marker))).contains(world.landInA, world.landInB);
		assertThat(search(null, "\"dai dat\" " + world.marker).get("total").asLong()).isZero();
	}

	@Test
	void prefixesMatchAsTypedOrUnfinished() throws Exception {
		assertThat(ids(search(null, "nhun* " + world.marker))).contains(world.landInA, world.landInB);
		assertThat(ids(search(null, world.marker + " ngan sa"))).containsExactly(world.schoolInA);
	}

	@Test
	void aTypoIsForgiven() throws Exception {
		assertThat(ids(search(null, "tham nhugn " + world.marker))).contains(world.landInA, world.landInB);
		assertThat(ids(search(null, "truongg hoc " + world.marker))).containsExactly(world.schoolInA);
	}

	@Test
	void facetsCountOnlyWhatTheReaderMaySee() throws Exception {
		JsonNode found = search(world.officerA, world.marker);
		assertThat(found.get("total").asLong()).isEqualTo(4);
		assertThat(facet(found, "type")).containsEntry("petitions", 2L).containsEntry("discipline", 1L)
			.containsEntry("oversight", 1L);
		assertThat(facet(found, "unit")).containsExactlyInAnyOrderEntriesOf(
				Map.of(world.province.communeA(), 3L, world.province.cellA(), 1L));
		assertThat(facet(found, "year")).containsExactlyInAnyOrderEntriesOf(Map.of("2025", 3L, "2024", 1L));
		assertThat(facet(found, "status")).containsEntry("RECEIVED", 2L).containsEntry("WARNING", 1L)
			.containsEntry("IN_PROGRESS", 1L);
		assertThat(found.at("/facets/unit/0/label").asString()).isIn("Xã An Bình", "Chi bộ thôn 1");
	}

	@Test
	void aFacetNarrowsTheSearch() throws Exception {
		JsonNode found = search(world.officerA, world.marker, "type", "discipline");
		assertThat(found.get("total").asLong()).isEqualTo(1);
		assertThat(found.at("/hits/0/type").asString()).isEqualTo("discipline");
		assertThat(found.at("/hits/0/link").asString()).isEqualTo("/discipline/" + world.province.code() + "-D1");
		assertThat(search(world.officerA, world.marker, "year", "2024").get("total").asLong()).isEqualTo(1);
		assertThat(search(world.officerA, world.marker, "status", "WARNING", "unit", world.province.cellA())
			.get("total").asLong()).isEqualTo(1);
	}

	@Test
	void anotherCommunesRecordsAreNeitherFoundNorCounted() throws Exception {
		JsonNode ofA = search(world.officerA, "tham nhung " + world.marker);
		assertThat(ids(ofA)).containsExactly(world.landInA);
		assertThat(ofA.get("total").asLong()).isEqualTo(1);
		assertThat(search(world.officerA, world.marker, "unit", world.province.communeB()).get("total").asLong()).isZero();
		JsonNode ofB = search(world.officerB, world.marker);
		assertThat(ids(ofB)).containsExactly(world.landInB);
		assertThat(ofB.get("total").asLong()).isEqualTo(1);
		assertThat(facet(ofB, "unit")).containsOnlyKeys(world.province.communeB());
	}

	@Test
	void aReportersIdentityIsNeverFound() throws Exception {
		assertThat(search(null, "Vyxtrelo").get("total").asLong()).isZero();
		assertThat(search(null, SearchWorld.REPORTER).get("total").asLong()).isZero();
		assertThat(search(null, "0912345678").get("total").asLong()).isZero();
		assertThat(search(null, "001099012345").get("total").asLong()).isZero();
	}

	@Test
	void snippetsMarkTheMatchesAndEscapeEverythingElse() throws Exception {
		JsonNode land = search(null, "tham nhung " + world.marker, "type", "petitions");
		assertThat(land.at("/hits/0/snippet").asString()).contains("<mark>nhũng</mark>");
		JsonNode school = search(null, "ngan sach " + world.marker);
		String snippet = school.at("/hits/0/snippet").asString();
		assertThat(snippet).contains("<mark>ngân</mark>").contains("&lt;script&gt;").doesNotContain("<script");
		Cookie officerA = Api.signIn(mvc, world.officerA, Api.PASSWORD);
		mvc.perform(get("/search").param("q", "ngan sach " + world.marker).cookie(officerA))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark>ngân</mark>")))
			.andExpect(content().string(containsString("&lt;script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

	JsonNode search(String user, String q, String... params) throws Exception {
		MockHttpServletRequestBuilder request = get("/api/v1/search").param("q", q);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		String json = mvc.perform(user == null ? asAdmin(request) : as(user, request))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return SearchWorld.JSON.readTree(json);
	}

	static List<String> ids(JsonNode found) {
		List<String> ids = new ArrayList<>();
		found.get("hits").forEach(hit -> ids.add(hit.get("id").asString()));
		return ids;
	}

	static Map<String, Long> facet(JsonNode found, String name) {
		Map<String, Long> counts = new HashMap<>();
		found.at("/facets/" + name).forEach(value -> counts.put(value.get("value").asString(), value.get("count").asLong()));
		return counts;
	}
}
