package org.probity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Page;
import org.probity.Api;
import org.probity.Province;

/**
 * A province with one record of each main kind, made through the API as the administrator, and browser pages signed
 * in as its people: what the browser tests walk through.
 */
final class Desk {

	static final String PASSWORD = Api.PASSWORD;

	final Province province = Province.fresh();

	private final Browser browser;

	private final int port;

	private final String officer = Api.unique("desk-officer");

	private long petition;

	private long corruptionCase;

	private long committee;

	private long meeting;

	Desk(Browser browser, int port) {
		this.browser = browser;
		this.port = port;
	}

	Desk withRecords() throws Exception {
		post("/api/v1/imports/units", "text/csv", province.unitsCsv());
		post("/api/v1/imports/people", "text/csv", province.peopleCsv());
		post("/api/v1/users", "application/json", """
				{"username":"%s","password":"%s","role":"OFFICER","unitCode":"%s"}"""
			.formatted(officer, PASSWORD, province.communeA()));
		petition = id(post("/api/v1/petitions", "application/json", """
				{"kind":"DENUNCIATION","channel":"MAIL","receivedOn":"2025-03-10","receivedBy":"%s","anonymous":true,
				 "petitioners":[],"subjectName":"Phạm Văn Toàn","subjectUnitCode":"%s",
				 "content":"Tố cáo tham nhũng đất đai tại thôn Đông"}""".formatted(province.communeA(), province.communeA())));
		corruptionCase = id(post("/api/v1/cases", "application/json", """
				{"kind":"CRIMINAL_CASE","title":"Sai phạm giao đất","summary":"Giao đất trái thẩm quyền",
				 "unitCode":"%s","field":"LAND","agencies":"Công an tỉnh","detectedOn":"2025-01-10","origin":"DIRECT"}"""
			.formatted(province.communeA())));
		committee = id(post("/api/v1/committees", "application/json", """
				{"unitCode":"%s","name":"Ban Chỉ đạo tỉnh","members":[{"personCode":"%s","role":"CHAIR"}]}"""
			.formatted(province.code(), province.personA())));
		meeting = id(post("/api/v1/meetings", "application/json", """
				{"committeeId":%d,"kind":"REGULAR","heldOn":"2025-04-02","agenda":["Vụ án đất đai"],"present":[],
				 "conclusions":["Đẩy nhanh tiến độ điều tra"]}""".formatted(committee)));
		post("/api/v1/imports/oversight", "text/csv", "ref,activity,body,conducted_by,programme,target_kind,target_code,"
				+ "started_on,concluded_on,outcome\n" + province.code() + "-OV1,INSPECTION,COMMITTEE," + province.communeA()
				+ ",REGULAR,PERSON," + province.personA() + ",2025-01-15,2025-03-01,SHORTCOMINGS\n");
		post("/api/v1/imports/discipline", "text/csv", "ref,target_kind,target_code,form,decided_by,decided_on,reason\n"
				+ province.code() + "-D1,PERSON," + province.personA() + ",WARNING," + province.code()
				+ ",2025-02-01,Buông lỏng quản lý\n");
		return this;
	}

	/** The pages of single records and the forms, beyond what the navigation links to. */
	List<String> recordPages() {
		return List.of("/petitions/" + petition, "/petitions/new", "/cases/" + corruptionCase, "/cases/new",
				"/steering/committees/" + committee, "/steering/meetings/" + meeting, "/oversight/" + province.code() + "-OV1",
				"/oversight/coverage", "/discipline/" + province.code() + "-D1", "/units/" + province.communeA(),
				"/people/" + province.personA(), "/search?q=tham+nhung",
				"/reports?unit=" + province.code() + "&from=2025-01-01&to=2025-12-31", "/account");
	}

	String officer() {
		return officer;
	}

	Page signInAsAdmin() {
		return signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
	}

	Page signIn(String username, String password) {
		Page page = browser.newPage();
		page.navigate(url("/login?lang=en"));
		page.fill("#username", username);
		page.fill("#password", password);
		page.click("button[type=submit]");
		page.waitForURL(url("/"));
		return page;
	}

	String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	String post(String path, String type, String body) throws Exception {
		String basic = Base64.getEncoder()
			.encodeToString((Api.ADMIN + ":" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Basic " + basic)
				.header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path + " " + response.body()).isBetween(200, 201);
		return response.body();
	}

	private static long id(String json) {
		Object id = JsonPath.<java.util.Map<String, Object>>read(json, "$").containsKey("id") ? JsonPath.read(json, "$.id")
				: JsonPath.read(json, "$.summary.id");
		return ((Number) id).longValue();
	}
}
