package org.probity.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.probity.ProbityIntegrationTest;
import org.probity.security.Endpoints;
import org.probity.security.Endpoints.Call;
import org.probity.security.Endpoints.Endpoint;
import org.probity.security.OneOfEverything;
import org.probity.security.OneOfEverything.Caller;
import org.probity.security.Requests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page the application maps (found in Spring MVC, so a new module's pages are included) renders in every
 * supported language with every message found, declaring its language and, for Arabic, right-to-left.
 */
@ProbityIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryPageInEveryLanguageIntegrationTests {

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
	void everyPageRendersInEveryLanguageWithNoMessageMissing() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Endpoint endpoint : Endpoints.of(mapping)) {
			if (endpoint.write() || endpoint.api() || endpoint.pattern().equals("/error")) {
				continue;
			}
			for (Call call : Endpoints.calls(endpoint, (pattern, variable) -> fixture.slot(pattern, variable).values())) {
				for (Locale language : Languages.SUPPORTED) {
					MockHttpServletResponse response = Requests.send(mvc, fixture.as(Caller.ADMIN, call, Requests.bare(call))
						.param("lang", language.getLanguage()));
					String problem = problem(response, language.getLanguage());
					if (problem != null && response.getStatus() == 404
							&& !fixture.holdsRecordsFor(endpoint.pattern(), endpoint.variables())) {
						continue; // the fixture has no such record yet (programmes): its module's page tests render it
					}
					if (problem != null) {
						wrong.add(call + " in " + language + ": " + problem);
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	private static String problem(MockHttpServletResponse response, String language) throws Exception {
		String location = response.getRedirectedUrl();
		if (response.getStatus() / 100 == 3 && location != null && !location.contains("/login")) {
			return null; // an address that forwards to the page proper, such as the API explorer's
		}
		if (response.getStatus() == 400) {
			return null; // needs parameters a bare request does not carry, such as an export's unit
		}
		if (response.getStatus() != 200) {
			return Requests.describe(response);
		}
		if (!String.valueOf(response.getContentType()).startsWith("text/html")) {
			return null;
		}
		String html = response.getContentAsString(StandardCharsets.UTF_8);
		if (html.contains("??")) {
			return "a message is missing: " + html.substring(html.indexOf("??"), Math.min(html.length(), html.indexOf("??") + 60));
		}
		Document page = Jsoup.parse(html);
		if (page.selectFirst("html[lang]") == null) {
			return null; // an htmx fragment, which inherits the page's language
		}
		String dir = language.equals("ar") ? "rtl" : "ltr";
		if (!language.equals(page.selectFirst("html").attr("lang")) || !dir.equals(page.selectFirst("html").attr("dir"))) {
			return "declares lang=" + page.selectFirst("html").attr("lang") + " dir=" + page.selectFirst("html").attr("dir");
		}
		return null;
	}
}
