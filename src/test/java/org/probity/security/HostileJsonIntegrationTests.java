package org.probity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.probity.Api;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every API endpoint that reads a JSON body, sent broken JSON, invalid UTF-8, huge and deeply nested bodies, and for
 * every field of its body type values of the wrong type, impossible dates, enormous numbers, NUL characters and
 * overlong text: always a 4xx problem+json whose detail names the problem, never a 5xx, and not one row written.
 */
@ProbityIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileJsonIntegrationTests {

	static final List<byte[]> BROKEN = List.of(bytes("{"), bytes("{\"kind\":"), bytes("]"), bytes("{\"a\":1,}"),
			bytes("nul"), bytes("{\"a\":\"\\uZZZZ\"}"), bytes("{'a':1}"),
			new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}' },
			bytes("[".repeat(5000) + "]".repeat(5000)), bytes("{\"a\":\"" + "x".repeat(25_000_000) + "\"}"));

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	OneOfEverything fixture;

	Map<String, String> examples;

	@BeforeAll
	void oneOfEverything() throws Exception {
		fixture = new OneOfEverything(mvc);
		String a = fixture.province.communeA();
		examples = Map.of("/api/v1/petitions", """
				{"kind":"COMPLAINT","channel":"MAIL","receivedOn":"2024-05-02","receivedBy":"%s","anonymous":false,
				 "petitioners":[{"name":"Trần Văn Bảy","idNumber":"001","phone":"0900","address":"Thôn 1"}],
				 "subjectName":"Ông Tư","subjectUnitCode":null,"content":"Khiếu nại việc cấp đất"}""".formatted(a),
				"/api/v1/users", "{\"username\":\"" + Api.unique("hostile") + "\",\"password\":\"" + Api.PASSWORD
						+ "\",\"role\":\"OFFICER\",\"unitCode\":\"" + a + "\"}",
				"/api/v1/tokens", "{\"name\":\"laptop\"}",
				"/api/v1/reception-sessions", """
				{"unitCode":"%s","heldOn":"2024-05-01","host":"Chủ tịch xã","adHoc":false,"dialogue":false,
				 "citizens":3,"summary":"Tiếp dân định kỳ","petitionIds":[]}""".formatted(a),
				"/api/v1/discipline", """
				{"targetKind":"PERSON","targetCode":"%s","form":"WARNING","decidedBy":"%s","decidedOn":"2025-02-01",
				 "violationOn":"2024-12-01","reason":"Vi phạm quy chế"}""".formatted(fixture.province.personA(), a),
				"/api/v1/petitions/{id}/identity", "{\"reason\":\"Cần liên hệ người tố cáo để xác minh\"}",
				"/api/v1/vetting-requests", """
				{"personCode":"%s","purpose":"POST","postName":"Phó Chủ tịch UBND xã","requestedBy":"%s",
				 "requestedOn":"2025-06-01"}""".formatted(fixture.province.personA(), a));
	}

	@Test
	void brokenBodiesAreRefusedSayingTheyAreNotValidJson() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Call call : jsonCalls()) {
			for (byte[] body : BROKEN) {
				String problem = refusedNamingTheProblem(call, body, null);
				if (problem != null) {
					wrong.add(call + " with " + preview(body) + ": " + problem);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void everyFieldRefusesHostileValuesNamingTheField() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Call call : jsonCalls()) {
			Class<?> type = call.endpoint().body();
			if (!type.isRecord()) {
				continue;
			}
			Optional<String> example = Optional.ofNullable(examples.get(call.endpoint().pattern()));
			for (var component : type.getRecordComponents()) {
				for (HostileValues hostile : HostileValues.of(component.getType())) {
					byte[] body = bytes(with(example.orElse("{}"), component.getName(), hostile.json()));
					boolean mustName = hostile.unreadable() || example.isPresent();
					String problem = refusedNamingTheProblem(call, body, mustName ? component.getName() : null);
					if (problem != null) {
						wrong.add(call + " with " + component.getName() + " = " + hostile.what() + ": " + problem);
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void theExamplesThemselvesAreAccepted() throws Exception {
		for (Call call : jsonCalls()) {
			String example = examples.get(call.endpoint().pattern());
			if (example != null && !call.endpoint().pattern().endsWith("/identity")) {
				MockHttpServletResponse response = send(call, bytes(example));
				assertThat(response.getStatus()).as(call + " " + response.getContentAsString()).isBetween(200, 299);
			}
		}
	}

	/** Null if the call was refused as it should be, otherwise what went wrong. */
	private String refusedNamingTheProblem(Call call, byte[] body, String field) throws Exception {
		RowCounts before = RowCounts.of(jdbc);
		MockHttpServletResponse response = send(call, body);
		int status = response.getStatus();
		if (status / 100 != 4 || status == 401 || status == 403) {
			return "answered " + Requests.describe(response);
		}
		if (!RowCounts.of(jdbc).equals(before)) {
			return "refused with " + status + " but rows were written";
		}
		if (!String.valueOf(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
			return "answered " + status + " as " + response.getContentType();
		}
		JsonNode problem = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
		String detail = problem.path("detail").asString("");
		if (detail.isBlank()) {
			return "answered " + status + " without a detail";
		}
		if (field != null && !(detail + problem.path("errors")).contains(field)) {
			return "answered " + status + " without naming '" + field + "': " + detail;
		}
		return null;
	}

	private MockHttpServletResponse send(Call call, byte[] body) {
		return Requests.send(mvc, fixture.as(allowed(call), call, Requests.bare(call))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	/** One call per endpoint with a JSON body, by a caller the access rules allow to make it. */
	private List<Call> jsonCalls() {
		List<Call> calls = new ArrayList<>();
		for (Endpoint endpoint : Endpoints.of(mapping)) {
			if (endpoint.api() && endpoint.write() && endpoint.body() != null) {
				calls.add(Endpoints.calls(endpoint, (pattern, variable) -> fixture.slot(pattern, variable).values())
					.getFirst());
			}
		}
		return calls;
	}

	private static Caller allowed(Call call) {
		return AccessRules.forPath(call.path())
			.flatMap(rule -> List.of(Caller.ADMIN, Caller.LEADER, Caller.OFFICER, Caller.RECEPTIONIST)
				.stream()
				.filter(caller -> rule.allows(caller.role(), true))
				.findFirst())
			.orElse(Caller.ADMIN);
	}

	/** The example with one field replaced by raw JSON, which may be unreadable and so is spliced in as text. */
	static String with(String example, String field, String rawValue) {
		ObjectNode rest = (ObjectNode) JSON.readTree(example);
		rest.remove(field);
		String others = JSON.writeValueAsString(rest);
		return "{\"" + field + "\":" + rawValue + (others.equals("{}") ? "}" : "," + others.substring(1));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String preview(byte[] body) {
		String text = new String(body, 0, Math.min(body.length, 30), StandardCharsets.ISO_8859_1);
		return "'" + text + (body.length > 30 ? "…' (" + body.length + " bytes)" : "'");
	}
}
