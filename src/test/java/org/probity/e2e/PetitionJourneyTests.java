package org.probity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.Province;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A citizen sends a denunciation on the public page and keeps the receipt code; officers and a leader handle it
 * in their browsers; the citizen reads the answer with the code. Screenshots land in target/e2e-screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PetitionJourneyTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void launch() {
		browser = Browser.launch();
	}

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void fromPublicSubmissionToTheAnswerTheCitizenReads() throws Exception {
		Province province = Province.fresh();
		api("/api/v1/imports/units", "text/csv", province.unitsCsv());
		String officer = Api.unique("officer");
		String leader = Api.unique("leader");
		api("/api/v1/users", "application/json", user(officer, "OFFICER", province.communeA()));
		api("/api/v1/users", "application/json", user(leader, "LEADER", province.communeA()));

		Page citizen = browser.newPage();
		citizen.navigate(url("/portal?lang=en"));
		citizen.selectOption("#kind", "DENUNCIATION");
		citizen.selectOption("#body", province.communeA());
		citizen.fill("#content", "Cán bộ địa chính xã đòi 20 triệu đồng để cấp giấy chứng nhận quyền sử dụng đất.");
		citizen.check("#anonymous");
		citizen.click("text=Send the petition");
		String code = citizen.textContent(".receipt").strip();
		Browser.screenshot(citizen, "01-receipt");
		assertThat(code).matches("[A-Z0-9]{4}(-[A-Z0-9]{4}){4}");

		Page desk = signIn(officer);
		desk.navigate(url("/petitions?unit=" + province.communeA()));
		desk.click("#inbox table a");
		Browser.screenshot(desk, "02-petition-received");
		desk.selectOption("#topic", "CORRUPTION_BRIBERY");
		desk.click("text=Classify");
		desk.click("text=Accept for settlement");
		desk.click("text=Start verification");
		String petitionPage = desk.url();

		Page chief = signIn(leader);
		chief.navigate(petitionPage);
		chief.selectOption("#outcome", "FOUNDED");
		chief.check("input[name=violation]");
		chief.fill("#summary", "Tố cáo đúng");
		chief.click("text=Conclude");
		Browser.screenshot(chief, "03-concluded");

		desk.navigate(petitionPage);
		desk.fill("#answer", "Tố cáo đúng. Cán bộ đã bị đình chỉ công tác và xử lý kỷ luật.");
		desk.click("text=Send the answer");
		assertThat(desk.textContent("main")).contains("Answered");

		citizen.navigate(url("/portal/follow?lang=en"));
		citizen.fill("#code", code.toLowerCase());
		citizen.click("text=Show");
		Browser.screenshot(citizen, "04-answer");
		assertThat(citizen.textContent("main")).contains("Cán bộ đã bị đình chỉ công tác").contains("Answered")
			.doesNotContain(officer);
	}

	private Page signIn(String username) {
		Page page = browser.newPage();
		page.navigate(url("/login?lang=en"));
		page.fill("#username", username);
		page.fill("#password", Api.PASSWORD);
		page.click("button[type=submit]");
		page.waitForURL(url("/"));
		return page;
	}

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	private void api(String path, String type, String body) throws Exception {
		String basic = Base64.getEncoder()
			.encodeToString((Api.ADMIN + ":" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Basic " + basic)
				.header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path + " " + response.body()).isBetween(200, 201);
	}

	private static String user(String username, String role, String unit) {
		return "{\"username\":\"" + username + "\",\"password\":\"" + Api.PASSWORD + "\",\"role\":\"" + role
				+ "\",\"unitCode\":\"" + unit + "\"}";
	}
}
