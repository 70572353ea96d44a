package org.probity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every filter and search parameter of every list, page or API, given SQL and LIKE tricks by a leader of commune B:
 * never a server error, never a record of commune A that the same request without tricks would not show, and no
 * table loses a row.
 */
@ProbityIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlInjectionIntegrationTests {

	static final List<String> TRICKS = List.of("' OR '1'='1", "%' OR 1=1 --", "1) OR (1=1", "'; DROP TABLE petitions; --",
			"\\' OR 1=1 #", "%", "_", "!%", "' UNION SELECT username, password_hash FROM users --", "*/ OR /*",
			"\" OR \"\"=\"", "-1 OR 1=1", "1e309", "99999999999999999999");

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
	void filterAndSearchParametersAreNeverExecutedAsSql() throws Exception {
		long petitions = count("petitions");
		long users = count("users");
		List<String> wrong = new ArrayList<>();
		for (Endpoint endpoint : Endpoints.of(mapping)) {
			if (endpoint.write() || endpoint.parameters().isEmpty()) {
				continue;
			}
			for (Call call : Endpoints.calls(endpoint, (pattern, variable) -> fixture.slot(pattern, variable).values())) {
				boolean leakedBefore = leaks(send(call, null, null));
				for (String parameter : endpoint.parameters()) {
					for (String trick : TRICKS) {
						MockHttpServletResponse response = send(call, parameter, trick);
						if (response.getStatus() >= 500 || (!leakedBefore && leaks(response))) {
							wrong.add(call + "?" + parameter + "=" + trick + " → " + Requests.describe(response));
						}
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(count("petitions")).isEqualTo(petitions);
		assertThat(count("users")).isEqualTo(users);
	}

	private MockHttpServletResponse send(Call call, String parameter, String value) {
		AbstractMockHttpServletRequestBuilder<?> request = fixture.as(Caller.OUTSIDER, call, Requests.bare(call));
		if (parameter != null) {
			request.param(parameter, value);
		}
		return Requests.send(mvc, request);
	}

	/** Whether the answer shows something of commune A, which the outsider may not see. */
	private boolean leaks(MockHttpServletResponse response) {
		try {
			String body = response.getContentAsString(StandardCharsets.UTF_8);
			return body.contains(fixture.province.communeA()) || body.contains("Trần Quốc Cường")
					|| body.contains("Cán bộ địa chính nhận tiền");
		}
		catch (java.io.UnsupportedEncodingException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}
}
