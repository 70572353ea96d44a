package org.probity.access;

import static org.hamcrest.Matchers.containsString;
import static org.probity.Api.as;
import static org.probity.Api.asAdmin;
import static org.probity.Api.createUser;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@ProbityIntegrationTest
class AccessIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void onlyAnAdminCreatesUsersAndThePasswordIsNeverReturned() throws Exception {
		Province province = Province.fresh();
		mvc.perform(asAdmin(Api.importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		String leader = Api.unique("leader");
		mvc.perform(createUser(leader, "LEADER", province.code()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.role").value("LEADER"))
			.andExpect(jsonPath("$.password").doesNotExist())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(Api.PASSWORD))));
		mvc.perform(as(leader, post("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"sneaky\",\"password\":\"0123456789ab\",\"role\":\"ADMIN\"}")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(createUser(leader, "LEADER", province.code()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("username"));
	}

	@Test
	void badUserInputIsRefusedNamingTheField() throws Exception {
		mvc.perform(createUser(Api.unique("x"), "EMPEROR", null))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("role"))
			.andExpect(jsonPath("$.detail", containsString("LEADER")));
		mvc.perform(createUser(Api.unique("x"), "OFFICER", null))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitCode"));
		mvc.perform(createUser(Api.unique("x"), "OFFICER", "NO-SUCH-UNIT"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitCode"));
		mvc.perform(asAdmin(post("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"Bad Name!\",\"password\":\"short\",\"role\":\"OFFICER\"}")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'username')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'password')]").exists());
		mvc.perform(asAdmin(post("/api/v1/users").contentType(MediaType.APPLICATION_JSON).content("{\"username\":")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("not valid JSON")));
	}

	@Test
	void theApiRefusesStrangersWithProblemJson() throws Exception {
		mvc.perform(get("/api/v1/units"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/api/v1/units").with(httpBasic("admin", "wrong-password"))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/units").header("Authorization", "Bearer prb_forged")).andExpect(status().isUnauthorized());
	}

	@Test
	void personalTokensSignInUntilRevoked() throws Exception {
		String body = mvc.perform(asAdmin(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"bench\"}"))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		var issued = JsonMapper.builder().build().readTree(body);
		String token = issued.get("token").asString();
		mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		mvc.perform(asAdmin(delete("/api/v1/tokens/" + issued.get("id").asLong()))).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
	}

	@Test
	void repeatedFailedSignInsLockTheAccountEvenWithTheRightPassword() throws Exception {
		String name = Api.unique("victim");
		mvc.perform(createUser(name, "ADMIN", null)).andExpect(status().isCreated());
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/v1/units").with(httpBasic(name, "guess-" + i))).andExpect(status().isUnauthorized());
		}
		mvc.perform(as(name, get("/api/v1/units")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail", containsString("Too many failed sign-ins")));
	}

	@Test
	void formsNeedTheCsrfTokenAndPagesCarryAStrictPolicy() throws Exception {
		mvc.perform(post("/users").with(user("admin").roles("ADMIN")).param("username", "nocsrf"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		mvc.perform(get("/people")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void signInWithTheFormLeadsHome() throws Exception {
		mvc.perform(post("/login").with(csrf()).param("username", Api.ADMIN).param("password", Api.ADMIN_PASSWORD))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/"));
		mvc.perform(post("/login").with(csrf()).param("username", Api.ADMIN).param("password", "nope"))
			.andExpect(redirectedUrl("/login?error"));
	}
}
