package org.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probity.Api.importCsv;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.probity.security.Endpoints.Call;
import org.probity.security.Endpoints.Endpoint;
import org.probity.security.OneOfEverything.Caller;
import org.probity.shared.Folding;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Reporters registered through every door (API, form, public portal, CSV import) never appear in any page or API
 * answer, list, search, audit entry, database column or log line, whatever the reader's role; only a leader who
 * gives a reason reads them.
 */
@ProbityIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReporterIdentityIntegrationTests {

	static final String[] VERBOSE = { "org.probity", "org.springframework.web", "org.springframework.security" };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LoggingSystem logging;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	OneOfEverything fixture;

	final Reporters reporters = new Reporters();

	@BeforeAll
	void reportersThroughEveryDoor() throws Exception {
		for (String logger : VERBOSE) {
			logging.setLogLevel(logger, LogLevel.DEBUG);
		}
		fixture = new OneOfEverything(mvc);
		String unit = fixture.province.communeA();
		mvc.perform(fixture.as(Caller.RECEPTIONIST, api(), post("/api/v1/petitions")
			.contentType(MediaType.APPLICATION_JSON).content(reporters.apiBody(unit))));
		mvc.perform(post("/petitions").cookie(fixture.sessions.get(Caller.RECEPTIONIST)).with(csrf())
			.param("kind", "COMPLAINT").param("channel", "DIRECT").param("receivedOn", "2024-06-03")
			.param("receivedBy", unit).param("petitioners", reporters.formLine()).param("content", "Khiếu nại tiền đền bù"));
		mvc.perform(post("/portal").with(csrf()).with(Requests.from("10.77.0.1")).param("kind", "DENUNCIATION")
			.param("body", unit).param("content", "Tố cáo cán bộ thu tiền").param("name", reporters.portalName)
			.param("phone", reporters.portalPhone).param("address", reporters.portalAddress));
		mvc.perform(fixture.as(Caller.OFFICER, api(), importCsv("petitions", reporters.csv(unit))));
	}

	@AfterAll
	void quiet() {
		for (String logger : VERBOSE) {
			logging.setLogLevel(logger, null);
		}
	}

	@Test
	void everyDoorRegisteredItsPetition() {
		Integer registered = jdbc.queryForObject("select count(*) from petitions where content in (?, ?, ?, ?)",
				Integer.class, "Khiếu nại tiền đền bù", "Tố cáo cán bộ thu tiền", Reporters.API_CONTENT,
				Reporters.CSV_CONTENT);
		assertThat(registered).isEqualTo(4);
	}

	@Test
	void noAnswerToAnyReaderShowsAReporter() {
		List<String> leaks = new ArrayList<>();
		for (Endpoint endpoint : Endpoints.of(mapping)) {
			if (endpoint.write()) {
				continue;
			}
			for (Call call : Endpoints.calls(endpoint, (pattern, variable) -> fixture.slot(pattern, variable).values())) {
				for (Caller caller : List.of(Caller.ADMIN, Caller.LEADER, Caller.OFFICER, Caller.AUDITOR)) {
					AbstractMockHttpServletRequestBuilder<?> request = fixture.as(caller, call, Requests.bare(call));
					// the surname alone: a search box showing back what was typed is not a leak, a hit showing the name is
					endpoint.parameters().forEach(name -> request.param(name, reporters.apiSurname()));
					leaks.addAll(reporters.foundIn(caller + " " + call, body(request)));
					leaks.addAll(reporters.foundIn(caller + " " + call, body(fixture.as(caller, call, Requests.bare(call)))));
					AbstractMockHttpServletRequestBuilder<?> plausible = fixture.as(caller, call, Requests.bare(call));
					endpoint.parameters().forEach(name -> plausible.param(name, plausible(name)));
					leaks.addAll(reporters.foundIn(caller + " " + call + " (filled in)", body(plausible)));
				}
			}
		}
		assertThat(leaks).isEmpty();
	}

	@Test
	void noDatabaseColumnHoldsAReporterInClearText() {
		DatabaseText database = new DatabaseText(jdbc);
		assertThat(database.tables()).contains("petitions", "audit_log");
		assertThat(database.find(reporters.all())).isEmpty();
	}

	@Test
	void noLogLineNamesAReporterNotEvenWhenALeaderRevealsOne(CapturedOutput output) throws Exception {
		String revealed = body(fixture.as(Caller.LEADER, api(), post("/api/v1/petitions/" + fixture.petition + "/identity")
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Cần gặp người tố cáo để làm rõ\"}")));
		assertThat(revealed).contains(OneOfEverything.PETITIONER);
		assertThat(output.getOut()).as("log output is captured").contains("DEBUG");
		assertThat(reporters.foundIn("log", logLines(output.getAll()))).isEmpty();
	}

	@Test
	void aLeaderWhoGivesAReasonReadsTheReporterAndOnlyTheReasonIsAudited() throws Exception {
		String revealed = body(fixture.as(Caller.LEADER, api(), post("/api/v1/petitions/" + fixture.petition + "/identity")
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Cần liên hệ để xác minh nội dung tố cáo\"}")));
		assertThat(revealed).contains(OneOfEverything.PETITIONER).contains("038190000111").contains("0988000111");
		String audited = jdbc.queryForObject("select detail from audit_log where action = 'REVEAL' order by seq desc limit 1",
				String.class);
		assertThat(audited).contains("Cần liên hệ").doesNotContain(OneOfEverything.PETITIONER);
	}

	/** The application's log lines and their stack traces, without the request dumps MockMvc prints for a failed test. */
	static String logLines(String output) {
		StringBuilder log = new StringBuilder();
		boolean dump = false;
		for (String line : output.split("\\R")) {
			if (line.matches("^\\d{4}-\\d{2}-\\d{2}T.*")) {
				dump = false;
			}
			else if (line.startsWith("MockHttpServletRequest:")) {
				dump = true;
			}
			if (!dump) {
				log.append(line).append('\n');
			}
		}
		return log.toString();
	}

	private String body(AbstractMockHttpServletRequestBuilder<?> request) {
		return AnswerText.of(Requests.send(mvc, request));
	}

	/** A value a reader would put in a filter of this name, so that lists, reports and exports have content. */
	private String plausible(String parameter) {
		return switch (parameter) {
			case "unit" -> fixture.province.code();
			case "from", "receivedFrom", "startedFrom", "decidedFrom" -> "2020-01-01";
			case "to", "receivedTo", "startedTo", "decidedTo" -> "2030-12-31";
			case "year" -> "2024";
			case "page" -> "0";
			default -> "";
		};
	}

	private static Call api() {
		return new Call(new Endpoint("POST", "/api/v1", false, List.of(), null), "/api/v1");
	}

	/** Distinctive names, numbers and addresses, one set per door, and where to look for them. */
	static final class Reporters {

		static final String API_CONTENT = "Tố cáo chủ tịch xã nhận hối lộ";

		static final String CSV_CONTENT = "Phản ánh việc thu tiền trái phép";

		final String apiName = "Lương Văn " + Api.unique("Kín");

		final String apiId = "0791" + Api.unique("") + "3";

		final String apiPhone = "0977" + Api.unique("") + "1";

		final String formName = "Đinh Thị " + Api.unique("Giấu");

		final String formId = "0801" + Api.unique("") + "7";

		final String portalName = "Vi Văn " + Api.unique("Ẩn");

		final String portalPhone = "0966" + Api.unique("") + "5";

		final String portalAddress = "Ngõ " + Api.unique("Khuất") + " phố Hàng Bè";

		final String csvName = "Mạc Thị " + Api.unique("Kín");

		String apiSurname() {
			return apiName.substring(apiName.lastIndexOf(' ') + 1);
		}

		List<String> all() {
			List<String> all = new ArrayList<>(List.of(apiName, apiId, apiPhone, formName, formId, portalName,
					portalPhone, portalAddress, csvName, OneOfEverything.PETITIONER, "038190000111", "0988000111"));
			List.copyOf(all).forEach(text -> all.add(Folding.fold(text)));
			return all.stream().distinct().toList();
		}

		List<String> foundIn(String where, String text) {
			return all().stream().filter(text::contains).map(found -> where + " shows '" + found + "'").toList();
		}

		String apiBody(String unit) {
			return """
					{"kind":"DENUNCIATION","channel":"MAIL","receivedOn":"2024-06-01","receivedBy":"%s","anonymous":false,
					 "petitioners":[{"name":"%s","idNumber":"%s","phone":"%s","address":"Thôn Đông"}],"content":"%s"}"""
				.formatted(unit, apiName, apiId, apiPhone, API_CONTENT);
		}

		String formLine() {
			return formName + " | " + formId + " | 0912000000 | Xóm Chùa";
		}

		String csv(String unit) {
			return "ref,kind,channel,received_on,received_by,anonymous,petitioners,subject_name,subject_unit_code,content\n"
					+ Api.unique("CSV-") + ",REFLECTION,HOTLINE,2024-06-02," + unit + ",false," + csvName + ",,,"
					+ CSV_CONTENT + "\n";
		}
	}
}
