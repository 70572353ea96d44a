package org.probity.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.probity.Api.asAdmin;
import static org.probity.Api.importCsv;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Receipt codes cannot be guessed by trying many: lookups are limited per client address and hour. */
@ProbityIntegrationTest
class PortalLimitsIntegrationTests {

	static final int LOOKUPS_PER_HOUR = 60;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAddressThatTriesTooManyCodesIsTurnedAwayEvenWithTheRightOne() throws Exception {
		Province province = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		String receipt = mvc.perform(post("/portal").with(csrf()).with(PetitionWorkflowIntegrationTests.from("10.88.0.1"))
			.param("kind", "REFLECTION").param("body", province.communeA()).param("content", "Đường làng ngập nước")
			.param("anonymous", "true")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String code = Jsoup.parse(receipt).select(".receipt").text();
		String guesser = "10.88." + (System.nanoTime() % 200) + ".2";
		for (int i = 0; i < LOOKUPS_PER_HOUR; i++) {
			mvc.perform(post("/portal/follow").with(csrf()).with(PetitionWorkflowIntegrationTests.from(guesser))
				.param("code", "AAAA-BBBB-CCCC-DDDD-" + (1000 + i)).param("lang", "en"))
				.andExpect(content().string(containsString("No petition has this receipt code")));
		}
		mvc.perform(post("/portal/follow").with(csrf()).with(PetitionWorkflowIntegrationTests.from(guesser))
			.param("code", code).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Too many receipt codes")))
			.andExpect(content().string(not(containsString("/portal/messages"))));
		long messages = jdbc.queryForObject("select count(*) from petition_messages", Long.class);
		mvc.perform(post("/portal/messages").with(csrf()).with(PetitionWorkflowIntegrationTests.from(guesser))
			.param("code", code).param("body", "Xin hỏi tiến độ").param("lang", "en"))
			.andExpect(content().string(containsString("Too many receipt codes")));
		assertThat(jdbc.queryForObject("select count(*) from petition_messages", Long.class)).isEqualTo(messages);
		mvc.perform(post("/portal/follow").with(csrf()).with(PetitionWorkflowIntegrationTests.from("10.88.0.1"))
			.param("code", code).param("lang", "en"))
			.andExpect(content().string(not(containsString("Too many receipt codes"))))
			.andExpect(content().string(containsString("/portal/messages")));
	}
}
