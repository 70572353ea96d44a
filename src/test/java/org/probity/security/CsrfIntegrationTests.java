package org.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.probity.ProbityIntegrationTest;
import org.probity.security.Endpoints.Call;
import org.probity.security.Endpoints.Endpoint;
import org.probity.security.OneOfEverything.Caller;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A page on another site cannot make a signed-in browser act: every form post needs the CSRF token, and the API
 * ignores the browser's session cookie altogether.
 */
@ProbityIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsrfIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	OneOfEverything fixture;

	@BeforeAll
	void oneOfEverything() throws Exception {
		fixture = new OneOfEverything(mvc);
	}

	@Test
	void everyFormPostWithoutTheTokenIsRefusedAndChangesNothing() {
		long audited = audited();
		List<String> accepted = new ArrayList<>();
		for (Endpoint endpoint : Endpoints.of(mapping)) {
			if (!endpoint.write() || endpoint.api()) {
				continue;
			}
			for (Call call : Endpoints.calls(endpoint, (pattern, variable) -> fixture.slot(pattern, variable).values())) {
				MockHttpServletResponse signedIn = Requests.send(mvc,
						Requests.bare(call).cookie(fixture.sessions.get(Caller.ADMIN)));
				MockHttpServletResponse stranger = Requests.send(mvc, Requests.bare(call));
				if (signedIn.getStatus() != 403 || stranger.getStatus() != 403) {
					accepted.add(call + " → " + signedIn.getStatus() + " signed in, " + stranger.getStatus() + " anonymous");
				}
			}
		}
		assertThat(accepted).isEmpty();
		assertThat(audited()).as("audit entries written by posts without a token").isEqualTo(audited);
	}

	@Test
	void theApiIgnoresTheBrowsersSessionCookie() throws Exception {
		var admin = fixture.sessions.get(Caller.ADMIN);
		mvc.perform(get("/api/v1/users").cookie(admin)).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/tokens").cookie(admin).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"forged\"}")).andExpect(status().isUnauthorized());
	}

	private long audited() {
		return jdbc.queryForObject("select count(*) from audit_log", Long.class);
	}
}
