package org.probity.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probity.Api.asAdmin;
import static org.probity.Api.importCsv;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The language switch, right-to-left Arabic, and dates written the reader's way. */
@ProbityIntegrationTest
class LanguagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anArabicPageIsLaidOutRightToLeft() throws Exception {
		Document page = page(get("/login").param("lang", "ar"));
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ar");
		assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
		assertThat(page.title()).contains("تسجيل الدخول");
	}

	@Test
	void theChosenLanguageIsRememberedAndPolishReadsLeftToRight() throws Exception {
		MvcResult chosen = mvc.perform(get("/login").param("lang", "pl")).andReturn();
		Cookie remembered = chosen.getResponse().getCookie("probity-lang");
		assertThat(remembered).isNotNull();
		Document page = page(get("/login").cookie(remembered));
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("pl");
		assertThat(page.selectFirst("html").attr("dir")).isEqualTo("ltr");
		assertThat(page.selectFirst("button[type=submit]").text()).isEqualTo("Zaloguj się");
	}

	@Test
	void theBrowsersLanguageIsUsedUntilOneIsChosen() throws Exception {
		assertThat(page(get("/login").header("Accept-Language", "ar-EG,ar;q=0.9")).selectFirst("html").attr("dir"))
			.isEqualTo("rtl");
		assertThat(page(get("/login").header("Accept-Language", "fr-FR")).selectFirst("html").attr("lang"))
			.isEqualTo("en");
	}

	@Test
	void anUnknownOrForgedLanguageIsIgnored() throws Exception {
		for (String forged : new String[] { "xx", "fr", "<script>alert(1)</script>", "ar\"><b>" }) {
			MvcResult result = mvc.perform(get("/login").param("lang", forged)).andExpect(status().isOk()).andReturn();
			Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
			assertThat(page.selectFirst("html").attr("lang")).as(forged).isEqualTo("en");
			assertThat(page.select("b")).isEmpty();
			assertThat(result.getResponse().getCookie("probity-lang")).as(forged).isNull();
		}
	}

	@Test
	void theSwitchOffersEveryLanguageAndMarksTheCurrentOne() throws Exception {
		Document page = page(get("/login").param("lang", "vi"));
		for (Locale language : Languages.SUPPORTED) {
			assertThat(page.select(".lang a[hreflang=" + language.getLanguage() + "]")).as(language.toString())
				.hasSize(1);
		}
		assertThat(page.select(".lang a[aria-current=true]").attr("hreflang")).isEqualTo("vi");
		assertThat(page.selectFirst(".lang a[hreflang=ar]").attr("href")).endsWith("?lang=ar");
	}

	@Test
	void datesAreWrittenTheReadersWay() throws Exception {
		Province province = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		String created = mvc.perform(asAdmin(post("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"REFLECTION\",\"channel\":\"HOTLINE\",\"receivedOn\":\"2024-05-07\",\"receivedBy\":\""
					+ province.communeA() + "\",\"anonymous\":true,\"content\":\"Đèn đường hỏng đã lâu\"}")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = created.replaceAll(".*\"id\":(\\d+).*", "$1");
		Cookie admin = Api.signIn(mvc, Api.ADMIN, Api.ADMIN_PASSWORD);
		for (Locale language : Languages.SUPPORTED) {
			String html = mvc.perform(get("/petitions/" + id).cookie(admin).param("lang", language.getLanguage()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language)
				.format(LocalDate.of(2024, 5, 7));
			assertThat(html).as(language.toString()).contains(day);
		}
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}
}
