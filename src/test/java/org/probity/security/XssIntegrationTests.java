package org.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probity.security.OneOfEverything.MARKUP;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Markup typed by anyone (a citizen on the portal, an importer, an officer) and markup put in a link's query are
 * shown as text on every page, never run: no page has an inline script or an event-handler attribute.
 */
@ProbityIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XssIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	OneOfEverything fixture;

	@BeforeAll
	void recordsFullOfMarkup() throws Exception {
		fixture = new OneOfEverything(mvc);
		mvc.perform(post("/petitions/" + fixture.petition + "/messages").cookie(fixture.sessions.get(Caller.OFFICER))
			.with(csrf()).param("text", MARKUP));
	}

	@Test
	void storedMarkupIsShownAsTextOnEveryPage() {
		List<String> unsafe = new ArrayList<>();
		int shown = 0;
		for (Call call : pages()) {
			for (Caller caller : List.of(Caller.ADMIN, Caller.LEADER)) {
				shown += check(call, fixture.as(caller, call, Requests.bare(call)), caller + " ", unsafe) ? 1 : 0;
			}
		}
		assertThat(unsafe).isEmpty();
		assertThat(shown).as("pages showing the typed markup as text").isGreaterThanOrEqualTo(8);
	}

	@Test
	void markupInTheQueryIsShownAsTextOnEveryPage() {
		List<String> unsafe = new ArrayList<>();
		for (Call call : pages()) {
			AbstractMockHttpServletRequestBuilder<?> request = fixture.as(Caller.ADMIN, call, Requests.bare(call));
			for (String name : call.endpoint().parameters()) {
				request.param(name, MARKUP);
			}
			request.param("q", MARKUP).param("error", MARKUP).param("lang", MARKUP);
			check(call, request, "?…=" + MARKUP + " ", unsafe);
		}
		assertThat(unsafe).isEmpty();
	}

	@Test
	void thePortalShowsACitizensMarkupAsText() throws Exception {
		String receipt = mvc.perform(post("/portal").with(csrf()).with(Requests.from("10.66.0.1")).param("kind", "REFLECTION")
			.param("body", fixture.province.communeA()).param("subjectName", MARKUP).param("content", MARKUP)
			.param("anonymous", "true")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String code = Jsoup.parse(receipt).select(".receipt").text();
		assertThat(code).isNotBlank();
		String status = mvc.perform(post("/portal/messages").with(csrf()).with(Requests.from("10.66.0.1"))
			.param("code", code).param("body", MARKUP))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(unsafe(Jsoup.parse(status))).isEmpty();
		assertThat(Jsoup.parse(status).text()).contains(MARKUP);
	}

	/** Adds what would run to {@code unsafe}; true if the page shows the markup as text. */
	private boolean check(Call call, AbstractMockHttpServletRequestBuilder<?> request, String who, List<String> unsafe) {
		MockHttpServletResponse response = Requests.send(mvc, request);
		if (response.getStatus() >= 500 && !call.path().equals("/error")) { // the error page reports what it is handed
			unsafe.add(who + call + " → " + Requests.describe(response));
		}
		if (!String.valueOf(response.getContentType()).startsWith("text/html")) {
			return false;
		}
		try {
			Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
			List<String> found = unsafe(page);
			if (!found.isEmpty()) {
				unsafe.add(who + call + " → " + response.getStatus() + " " + found);
			}
			return page.text().contains(MARKUP);
		}
		catch (java.io.UnsupportedEncodingException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/** Inline scripts and event-handler attributes: what would run if markup were let through. */
	static List<String> unsafe(Document page) {
		List<String> found = new ArrayList<>();
		for (Element element : page.getAllElements()) {
			if (element.tagName().equals("script") && !element.hasAttr("src")) {
				found.add(element.outerHtml());
			}
			element.attributes().forEach(attribute -> {
				if (attribute.getKey().toLowerCase().startsWith("on")) {
					found.add(element.outerHtml());
				}
			});
		}
		return found;
	}

	private List<Call> pages() {
		List<Call> calls = new ArrayList<>();
		for (Endpoint endpoint : Endpoints.of(mapping)) {
			if (!endpoint.write() && !endpoint.api()) {
				calls.addAll(Endpoints.calls(endpoint, (pattern, variable) -> fixture.slot(pattern, variable).values()));
			}
		}
		return calls;
	}
}
