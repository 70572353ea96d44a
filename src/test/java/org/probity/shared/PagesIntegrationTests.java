package org.probity.shared;

import static org.hamcrest.Matchers.containsString;
import static org.probity.Api.asAdmin;
import static org.probity.Api.importCsv;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;
import org.probity.Api;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Every page renders for a signed-in administrator, in English and in Vietnamese. */
@ProbityIntegrationTest
class PagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	Province province;

	Cookie admin;

	@BeforeEach
	void province() throws Exception {
		province = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("people", province.peopleCsv()))).andExpect(status().isOk());
		admin = Api.signIn(mvc, Api.ADMIN, Api.ADMIN_PASSWORD);
	}

	@Test
	void everyPageRendersInBothLanguages() throws Exception {
		String petition = mvc.perform(org.probity.Api.asAdmin(post("/api/v1/petitions")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"REFLECTION\",\"channel\":\"HOTLINE\",\"receivedOn\":\"2024-05-05\",\"receivedBy\":\""
					+ province.communeA() + "\",\"anonymous\":true,\"content\":\"Phản ánh đường hỏng\"}")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString().replaceAll(".*\"id\":(\\d+).*", "$1");
		String[] pages = { "/", "/units", "/units/" + province.communeA(), "/people", "/people/" + province.personA(),
				"/imports", "/users", "/account", "/audit", "/petitions", "/petitions/new", "/petitions/" + petition,
				"/petitions?overdue=true&kind=REFLECTION", "/petitions/alerts", "/petitions/reception",
				"/oversight/programmes", "/oversight/programmes/new", "/oversight/remedial-actions",
				"/oversight/coverage?unit=" + province.code(), "/discipline/administrative", "/search",
				"/search?q=an+binh&type=units" };
		for (String page : pages) {
			mvc.perform(get(page).cookie(admin).param("lang", "en")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Sign out")));
			mvc.perform(get(page).cookie(admin).param("lang", "vi")).andExpect(status().isOk())
				.andExpect(content().string(containsString("lang=\"vi\"")));
		}
		for (String page : new String[] { "/login", "/portal", "/portal/follow" }) {
			mvc.perform(get(page).param("lang", "vi")).andExpect(status().isOk());
			mvc.perform(get(page).param("lang", "en")).andExpect(status().isOk());
		}
	}

	@Test
	void searchAsYouTypeAnswersWithTheFragment() throws Exception {
		mvc.perform(get("/units").cookie(admin).param("q", "an binh").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Xã An Bình")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
		mvc.perform(get("/people").cookie(admin).param("q", "cuong").param("unit", province.code())
			.header("HX-Request", "true"))
			.andExpect(content().string(containsString("Trần Quốc Cường")));
	}

	@Test
	void anUploadWithABadRowShowsTheRejectedRows() throws Exception {
		String csv = "code,name,kind,parent_code,valid_from,valid_to\n" + province.code() + "-Q,Xã Q,HAMLET,,,\n";
		MvcResult upload = mvc.perform(multipart("/imports")
			.file(new MockMultipartFile("file", "units.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("dataset", "units").cookie(admin).with(csrf())).andExpect(status().isFound()).andReturn();
		String job = upload.getResponse().getRedirectedUrl();
		String page = "";
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!page.contains("HAMLET") && System.nanoTime() < deadline) {
			Thread.sleep(100);
			page = mvc.perform(get(job).cookie(admin).param("lang", "en")).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		}
		org.assertj.core.api.Assertions.assertThat(page).contains("Nothing was imported").contains("HAMLET");
		mvc.perform(get("/units/" + province.code() + "-Q").with(user("admin").roles("ADMIN")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aBadFormKeepsWhatWasTypedAndNamesTheField() throws Exception {
		mvc.perform(post("/users").cookie(admin).with(csrf()).param("username", "Bad Name").param("password", "short")
			.param("role", "OFFICER").param("unitCode", province.communeA()).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Bad Name\"")))
			.andExpect(content().string(containsString("must be 10 to 128 characters")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		mvc.perform(get("/api/v1/users/bad name").with(org.springframework.security.test.web.servlet.request
			.SecurityMockMvcRequestPostProcessors.httpBasic(Api.ADMIN, Api.ADMIN_PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theOpenApiDocumentDescribesTheApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/imports/{dataset}")))
			.andExpect(content().string(containsString("/api/v1/units/{code}")));
	}

	@Test
	void aFailedIntakeKeepsEverythingTypedAndNamesTheField() throws Exception {
		String page = mvc.perform(post("/petitions").cookie(admin).with(csrf()).param("lang", "en").param("kind", "COMPLAINT")
			.param("channel", "MAIL").param("receivedOn", "2024-04-01").param("receivedBy", "NO-SUCH-UNIT")
			.param("petitioners", "Lò Văn Páo | 123 | 0987 | Bản Mường").param("content", "Nội dung khiếu nại rất dài"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is not a unit in your jurisdiction")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		org.jsoup.nodes.Document form = org.jsoup.Jsoup.parse(page);
		org.assertj.core.api.Assertions.assertThat(form.selectFirst("#petitioners").text())
			.isEqualTo("Lò Văn Páo | 123 | 0987 | Bản Mường");
		org.assertj.core.api.Assertions.assertThat(form.selectFirst("#content").text()).isEqualTo("Nội dung khiếu nại rất dài");
		org.assertj.core.api.Assertions.assertThat(form.selectFirst("#receivedBy").attr("aria-invalid")).isEqualTo("true");
		mvc.perform(post("/petitions").cookie(admin).with(csrf()).param("kind", "COMPLAINT").param("channel", "MAIL")
			.param("receivedOn", "2024-04-01").param("receivedBy", province.communeA()).param("anonymous", "true")
			.param("content", "Khiếu nại hợp lệ"))
			.andExpect(status().isFound());
	}
}
