package org.probity.security;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every answer, page or API, to a stranger or a signed-in user, carries the headers that keep browsers careful. */
@ProbityIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHeadersIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	OneOfEverything fixture;

	@BeforeAll
	void oneOfEverything() throws Exception {
		fixture = new OneOfEverything(mvc);
	}

	@Test
	void everyAnswerForbidsFramingSniffingAndForeignScripts() {
		List<String> missing = new ArrayList<>();
		for (Endpoint endpoint : Endpoints.of(mapping)) {
			if (endpoint.write()) {
				continue;
			}
			for (Call call : Endpoints.calls(endpoint, (pattern, variable) -> fixture.slot(pattern, variable).values())) {
				for (Caller caller : List.of(Caller.ANONYMOUS, Caller.ADMIN)) {
					MockHttpServletResponse response = Requests.send(mvc, fixture.as(caller, call, Requests.bare(call)));
					String problems = problems(response);
					if (!problems.isEmpty()) {
						missing.add(caller + " " + call + " → " + response.getStatus() + ":" + problems);
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	static String problems(MockHttpServletResponse response) {
		StringBuilder problems = new StringBuilder();
		String policy = String.valueOf(response.getHeader("Content-Security-Policy"));
		if (!policy.contains("default-src 'self'") || !policy.contains("frame-ancestors 'none'")
				|| !policy.contains("object-src 'none'") || policy.contains("unsafe-eval")) {
			problems.append(" Content-Security-Policy=").append(policy);
		}
		if (!"nosniff".equals(response.getHeader("X-Content-Type-Options"))) {
			problems.append(" X-Content-Type-Options");
		}
		if (!"DENY".equals(response.getHeader("X-Frame-Options"))) {
			problems.append(" X-Frame-Options");
		}
		String referrer = response.getHeader("Referrer-Policy");
		if (referrer == null || !List.of("no-referrer", "same-origin", "strict-origin").contains(referrer)) {
			problems.append(" Referrer-Policy=").append(referrer);
		}
		return problems.toString();
	}
}
