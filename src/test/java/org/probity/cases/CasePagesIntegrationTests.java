package org.probity.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.probity.Api.asAdmin;
import static org.probity.Api.createUser;
import static org.probity.Api.importCsv;
import static org.probity.cases.CaseFixtures.landCase;
import static org.probity.cases.CaseFixtures.opened;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.probity.shared.Jurisdiction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import com.jayway.jsonpath.JsonPath;

/** The case pages render in both languages, open a case from the form and move it with the small forms. */
@ProbityIntegrationTest
class CasePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseManagement cases;

	Province province;

	Cookie admin;

	long id;

	@BeforeEach
	void aCase() throws Exception {
		province = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		id = opened(mvc, landCase(province.communeA(), "2024-01-10"));
		mvc.perform(asAdmin(CaseFixtures.defendant(id, "Vũ Thị Sáu", "2024-02-02"))).andExpect(status().isCreated());
		mvc.perform(asAdmin(CaseFixtures.recovery(id, "2024-03-03", "1500000"))).andExpect(status().isCreated());
		mvc.perform(asAdmin(CaseFixtures.placeUnderMonitoring(id, province.code(), "2024-02-01")))
			.andExpect(status().isOk());
		admin = Api.signIn(mvc, Api.ADMIN, Api.ADMIN_PASSWORD);
	}

	@Test
	void everyCasePageRendersInBothLanguages() throws Exception {
		String[] pages = { "/cases", "/cases/new", "/cases/" + id, "/cases/defendants?unit=" + province.code(),
				"/cases?unit=" + province.code() + "&stage=DETECTED&field=LAND&committee=" + province.code()
						+ "&monitoredFrom=2024-01-01&monitoredTo=2024-12-31",
				"/cases?prosecutedFrom=2024-01-01&prosecutedTo=2024-12-31",
				"/cases?reachedFrom=2024-01-01", "/cases/new?origin=PETITION&originPetition=12&unitCode=X" };
		for (String page : pages) {
			mvc.perform(get(page).cookie(admin).param("lang", "en")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Sign out")));
			mvc.perform(get(page).cookie(admin).param("lang", "vi")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Vụ án, vụ việc")));
		}
		mvc.perform(get("/cases/" + id).cookie(admin).param("lang", "vi"))
			.andExpect(content().string(containsString("Vũ Thị Sáu")))
			.andExpect(content().string(containsString("1.500.000 ₫")))
			.andExpect(content().string(containsString("Đang theo dõi")));
		mvc.perform(get("/cases").cookie(admin).param("unit", province.code()).header("HX-Request", "true"))
			.andExpect(content().string(containsString("/cases/" + id)))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void theCasePageListsTheCommitteesDirectionsAboutItAndMarksTheOverdueOne() throws Exception {
		String reference = JsonPath.read(mvc.perform(asAdmin(get("/api/v1/cases/" + id))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8), "$.summary.reference");
		String committee = mvc.perform(asAdmin(post("/api/v1/committees").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"unitCode":"%s","name":"Ban Chỉ đạo tỉnh","members":[{"fullName":"Lê Văn Phó","role":"CHAIR"}]}"""
				.formatted(province.code()))))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long committeeId = JsonPath.<Number>read(committee, "$.id").longValue();
		String direction = """
				{"committeeId":%d,"assigneeKind":"UNIT","assigneeCode":"%s","content":"%s","issuedOn":"2024-02-05",
				 "dueOn":"2024-03-01","caseRef":"%s"}""";
		mvc.perform(asAdmin(post("/api/v1/directions").contentType(MediaType.APPLICATION_JSON)
			.content(direction.formatted(committeeId, province.communeA(), "Thu hồi tài sản trước quý II", reference))))
			.andExpect(status().isCreated());
		mvc.perform(asAdmin(post("/api/v1/directions").contentType(MediaType.APPLICATION_JSON)
			.content(direction.formatted(committeeId, province.communeA(), "Một vụ khác", "OTHER-REF"))))
			.andExpect(status().isCreated());

		Document page = Jsoup.parse(mvc.perform(get("/cases/" + id).cookie(admin).param("lang", "en"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("table.directions tbody tr")).hasSize(1);
		assertThat(page.select("table.directions tbody tr.overdue").text()).contains("Thu hồi tài sản trước quý II")
			.contains("Overdue");
		assertThat(page.text()).doesNotContain("Một vụ khác");
	}

	@Test
	void aPetitionPageLinksToACaseFormFilledWithThePetitionAsOrigin() throws Exception {
		String registered = mvc.perform(asAdmin(post("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind":"DENUNCIATION","channel":"MAIL","receivedOn":"2024-02-01","receivedBy":"%s","anonymous":true,
					 "petitioners":[],"subjectName":"Trần Văn Hải","subjectUnitCode":"%s",
					 "content":"Tố cáo nhận hối lộ khi cấp giấy chứng nhận quyền sử dụng đất"}"""
				.formatted(province.communeA(), province.communeA()))))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		long petition = JsonPath.<Number>read(registered, "$.id").longValue();
		Document page = Jsoup.parse(mvc.perform(get("/petitions/" + petition).cookie(admin).param("lang", "en"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		String link = page.selectFirst("a.action[href^=/cases/new]").attr("href");

		Document form = Jsoup.parse(mvc.perform(get(link).cookie(admin).param("lang", "en")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(form.selectFirst("#originPetition").attr("value")).isEqualTo(String.valueOf(petition));
		assertThat(form.selectFirst("#unitCode").attr("value")).isEqualTo(province.communeA());
		assertThat(form.select("[name=origin] option[selected], [name=origin][checked]").attr("value"))
			.isEqualTo("PETITION");
	}

	@Test
	void aFailedOpeningKeepsWhatWasTypedAndNamesTheField() throws Exception {
		String page = mvc.perform(post("/cases").cookie(admin).with(csrf()).param("lang", "en")
			.param("kind", "CRIMINAL_CASE").param("title", "Sai phạm đấu thầu thiết bị y tế").param("unitCode", "NO-SUCH")
			.param("field", "HEALTH").param("detectedOn", "2024-03-01").param("damage", "2.500.000.000")
			.param("origin", "DIRECT"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Document form = Jsoup.parse(page);
		assertThat(form.selectFirst("#title").attr("value")).isEqualTo("Sai phạm đấu thầu thiết bị y tế");
		assertThat(form.selectFirst("#unitCode").attr("aria-invalid")).isEqualTo("true");
		assertThat(page).contains("is not a unit in your jurisdiction");
		String opened = mvc.perform(post("/cases").cookie(admin).with(csrf()).param("kind", "CRIMINAL_CASE")
			.param("title", "Sai phạm đấu thầu thiết bị y tế").param("unitCode", province.communeB())
			.param("field", "HEALTH").param("detectedOn", "2024-03-01").param("damage", "2.500.000.000")
			.param("origin", "DIRECT"))
			.andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
		long openedId = Long.parseLong(opened.substring(opened.lastIndexOf('/') + 1));
		assertThat(Jurisdiction.asSystem(() -> cases.find(openedId)).orElseThrow().damage())
			.isEqualByComparingTo("2500000000");
	}

	@Test
	void theSmallFormsMoveTheCaseAndARefusalComesBackToThePage() throws Exception {
		mvc.perform(post("/cases/" + id + "/stages").cookie(admin).with(csrf()).param("stage", "INVESTIGATING")
			.param("enteredOn", "2024-04-01")).andExpect(redirectedUrl("/cases/" + id));
		mvc.perform(post("/cases/" + id + "/stages").cookie(admin).with(csrf()).param("stage", "VERIFYING")
			.param("enteredOn", "2024-05-01")).andExpect(flash().attribute("caseError", containsString("'stage'")));
		mvc.perform(post("/cases/" + id + "/recoveries").cookie(admin).with(csrf()).param("recoveredOn", "2024-04-02")
			.param("amount", "1.000.000,50")).andExpect(redirectedUrl("/cases/" + id));
		mvc.perform(post("/cases/" + id + "/recoveries").cookie(admin).with(csrf()).param("recoveredOn", "2024-04-02")
			.param("amount", "much")).andExpect(flash().attribute("caseError", containsString("'amount'")));
		long defendant = Jurisdiction.asSystem(() -> cases.find(id)).orElseThrow().defendants().get(0).id();
		mvc.perform(post("/cases/" + id + "/defendants/change").cookie(admin).with(csrf())
			.param("defendantId", String.valueOf(defendant)).param("outcome", "SUSPENDED").param("custody", "")
			.param("sentence", "3 năm tù treo")).andExpect(redirectedUrl("/cases/" + id));
		mvc.perform(post("/cases/" + id + "/monitoring/removal").cookie(admin).with(csrf())
			.param("removedOn", "2024-06-01").param("reason", "Đã xét xử")).andExpect(redirectedUrl("/cases/" + id));
		CaseDetails details = Jurisdiction.asSystem(() -> cases.find(id)).orElseThrow();
		assertThat(details.summary().stage()).isEqualTo(Stage.INVESTIGATING);
		assertThat(details.recovered()).isEqualByComparingTo("2500000.50");
		assertThat(details.defendants().get(0).outcome()).isEqualTo(DefendantOutcome.SUSPENDED);
		assertThat(details.defendants().get(0).custody()).isEqualTo(CustodyMeasure.TEMPORARY_DETENTION);
		assertThat(details.summary().monitoredBy()).isNull();
	}

	@Test
	void anAuditorReadsTheCaseWithoutTheForms() throws Exception {
		String auditor = Api.unique("auditor");
		mvc.perform(createUser(auditor, "AUDITOR", province.code())).andExpect(status().isCreated());
		Cookie page = Api.signIn(mvc, auditor, Api.PASSWORD);
		mvc.perform(get("/cases/" + id).cookie(page).param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Vũ Thị Sáu")))
			.andExpect(content().string(not(containsString("/cases/" + id + "/stages"))));
		mvc.perform(post("/cases/" + id + "/stages").cookie(page).with(csrf()).param("stage", "CLOSED")
			.param("enteredOn", "2024-04-01")).andExpect(status().isForbidden());
	}
}
