package org.probity.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probity.Api.as;
import static org.probity.Api.asAdmin;
import static org.probity.Api.createUser;
import static org.probity.steering.SteeringFixtures.committeeOf;
import static org.probity.steering.SteeringFixtures.created;
import static org.probity.steering.SteeringFixtures.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Meetings are found by their agenda and conclusions, within the reader's jurisdiction, and link to their page. */
@ProbityIntegrationTest
class MeetingSearchIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aMeetingIsFoundByAWordOfItsConclusionsOnlyWithinTheCommitteesSubtree() throws Exception {
		Province province = SteeringFixtures.province(mvc);
		String word = "kyvoranth" + ThreadLocalRandom.current().ints(6, 'a', 'z' + 1)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
		long committee = created(mvc, committeeOf(province, province.communeA()));
		long meeting = created(mvc, json("/api/v1/meetings", """
				{"committeeId":%d,"kind":"EXTRAORDINARY","heldOn":"2025-04-02","agenda":["Vụ án đất đai thôn Đông"],
				 "present":[],"conclusions":["Thu hồi triệt để tài sản tham nhũng %s"]}""".formatted(committee, word)));
		String officerA = Api.unique("meet-a");
		String officerB = Api.unique("meet-b");
		mvc.perform(createUser(officerA, "OFFICER", province.communeA())).andExpect(status().isCreated());
		mvc.perform(createUser(officerB, "OFFICER", province.communeB())).andExpect(status().isCreated());

		String found = search(asAdmin(get("/api/v1/search").param("q", "tai san tham nhung " + word)));
		assertThat(JsonPath.<Integer>read(found, "$.total")).isEqualTo(1);
		assertThat(JsonPath.<String>read(found, "$.hits[0].type")).isEqualTo("meetings");
		assertThat(JsonPath.<String>read(found, "$.hits[0].link")).isEqualTo("/steering/meetings/" + meeting);
		assertThat(JsonPath.<String>read(found, "$.hits[0].title")).contains("Vụ án đất đai thôn Đông");
		List<String> statuses = JsonPath.read(found, "$.facets.status[*].value");
		assertThat(statuses).containsExactly("EXTRAORDINARY");

		assertThat(JsonPath.<Integer>read(search(as(officerA, get("/api/v1/search").param("q", word))), "$.total"))
			.isEqualTo(1);
		assertThat(JsonPath.<Integer>read(search(as(officerB, get("/api/v1/search").param("q", word))), "$.total"))
			.isZero();
	}

	private String search(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
