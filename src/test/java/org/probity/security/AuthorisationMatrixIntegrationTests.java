package org.probity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.probity.ProbityIntegrationTest;
import org.probity.security.AccessRules.Rule;
import org.probity.security.Endpoints.Call;
import org.probity.security.Endpoints.Endpoint;
import org.probity.security.OneOfEverything.Caller;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every mapped endpoint (each pattern and method, read from Spring MVC) called by nobody, by a user of every role,
 * and by a leader of another commune, against real records: the answer is what {@link AccessRules} says, and never
 * a server error.
 */
@ProbityIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixIntegrationTests {

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
	void everyMappedEndpointHasARuleInTheTable() {
		List<String> unknown = endpoints().stream()
			.filter(endpoint -> calls(endpoint).stream().anyMatch(call -> AccessRules.forPath(call.path()).isEmpty()))
			.map(Endpoint::toString)
			.toList();
		assertThat(unknown).as("endpoints the table in AccessRules does not know: add a rule for each").isEmpty();
	}

	@Test
	void everyCallerGetsWhatTheTableSaysAndNeverAServerError() {
		List<String> wrong = new ArrayList<>();
		for (Endpoint endpoint : endpoints()) {
			for (Call call : calls(endpoint)) {
				Rule rule = AccessRules.forPath(call.path()).orElse(null);
				for (Caller caller : Caller.values()) {
					MockHttpServletResponse response = Requests.send(mvc, fixture.as(caller, call, Requests.bare(call)));
					String problem = rule == null ? serverError(call, response) : judge(rule, caller, call, response);
					if (problem != null) {
						wrong.add(caller + " " + call + " → " + Requests.describe(response) + ": " + problem);
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void aRecordThatDoesNotExistIsNotFoundNeverAServerError() {
		List<String> wrong = new ArrayList<>();
		for (Endpoint endpoint : endpoints()) {
			if (endpoint.variables().isEmpty()) {
				continue;
			}
			Call call = Endpoints.calls(endpoint, (pattern, variable) -> List.of(fixture.slot(pattern, variable).missing()))
				.getFirst();
			Caller allowed = allowedCaller(call);
			MockHttpServletResponse response = Requests.send(mvc, fixture.as(allowed, call, Requests.bare(call)));
			int status = response.getStatus();
			boolean refused = endpoint.write() ? status / 100 == 4 && status != 401 && status != 403 : status == 404;
			if (!refused) {
				wrong.add(allowed + " " + call + " → " + Requests.describe(response));
			}
		}
		assertThat(wrong).as("calls naming nothing that exists, by a caller the table allows").isEmpty();
	}

	/** The first caller the table lets make the call, so that only the missing record can refuse it. */
	private static Caller allowedCaller(Call call) {
		return AccessRules.forPath(call.path())
			.flatMap(rule -> List.of(Caller.ADMIN, Caller.LEADER, Caller.OFFICER, Caller.RECEPTIONIST, Caller.AUDITOR)
				.stream()
				.filter(caller -> rule.allows(caller.role(), call.endpoint().write()))
				.findFirst())
			.orElse(Caller.ADMIN);
	}

	private String judge(Rule rule, Caller caller, Call call, MockHttpServletResponse response) {
		int status = response.getStatus();
		String serverError = serverError(call, response);
		if (serverError != null) {
			return serverError;
		}
		if (caller == Caller.ANONYMOUS) {
			if (rule.open()) {
				return signInAsked(call, response) ? "public, yet sign-in was asked" : null;
			}
			return signInAsked(call, response) ? null : "a stranger must be asked to sign in";
		}
		if (rule.open()) {
			return null;
		}
		boolean allowed = rule.allows(caller.role(), call.endpoint().write());
		boolean sees = fixture.sees(caller, call.endpoint());
		if (!allowed && !sees) {
			return Set.of(403, 404).contains(status) ? null : "expected 403 or 404";
		}
		if (!allowed) {
			return status == 403 ? null : "the role " + caller.role() + " must be refused with 403";
		}
		if (!sees && !call.endpoint().write()) {
			return Set.of(403, 404).contains(status) ? null : "the record is outside the caller's reach: expected 404";
		}
		if (!sees) {
			// a malformed body may be refused (400) before the record is looked up; that tells nothing about it
			return status / 100 == 4 && status != 401 ? null : "the record is outside the caller's reach: expected 4xx";
		}
		return status == 401 || status == 403 || signInAsked(call, response) ? "the role " + caller.role()
				+ " is allowed here" : null;
	}

	/** The error page itself reports whatever status it is handed, so only it may answer 5xx. */
	private static String serverError(Call call, MockHttpServletResponse response) {
		return response.getStatus() >= 500 && !call.path().equals("/error") ? "server error" : null;
	}

	private static boolean signInAsked(Call call, MockHttpServletResponse response) {
		if (call.endpoint().api()) {
			return response.getStatus() == 401;
		}
		String location = response.getRedirectedUrl();
		return response.getStatus() == 302 && location != null && location.endsWith("/login");
	}

	private List<Endpoint> endpoints() {
		return Endpoints.of(mapping);
	}

	private List<Call> calls(Endpoint endpoint) {
		return Endpoints.calls(endpoint, (pattern, variable) -> fixture.slot(pattern, variable).values());
	}
}
