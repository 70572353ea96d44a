package org.probity.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.probity.Api.createUser;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Signing in with the form: a fresh session each time, and a lock after repeated failures. */
@ProbityIntegrationTest
class SignInIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void signingInStartsANewSessionSoAPlantedSessionIdIsWorthless() throws Exception {
		Cookie planted = mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
		assertThat(planted).as("the sign-in form opens a session for its CSRF token").isNotNull();
		MockHttpServletResponse signedIn = mvc.perform(post("/login").cookie(planted).with(csrf())
			.param("username", Api.ADMIN).param("password", Api.ADMIN_PASSWORD)).andReturn().getResponse();
		assertThat(signedIn.getRedirectedUrl()).isEqualTo("/");
		Cookie fresh = signedIn.getCookie("SESSION");
		assertThat(fresh).isNotNull();
		assertThat(fresh.getValue()).isNotEqualTo(planted.getValue());
		mvc.perform(get("/people").cookie(planted)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/people").cookie(fresh)).andExpect(status().isOk());
	}

	@Test
	void theSixthSignInAfterFiveFailuresIsLockedEvenWithTheRightPassword() throws Exception {
		String name = Api.unique("guessed");
		mvc.perform(createUser(name, "ADMIN", null)).andExpect(status().isCreated());
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/login").with(csrf()).param("username", name).param("password", "guess-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		MockHttpServletResponse locked = mvc.perform(post("/login").with(csrf()).param("username", name)
			.param("password", Api.PASSWORD)).andExpect(redirectedUrl("/login?error")).andReturn().getResponse();
		mvc.perform(get("/login").param("error", "").param("lang", "en").cookie(locked.getCookie("SESSION")))
			.andExpect(content().string(containsString("Too many failed sign-ins")));
	}
}
