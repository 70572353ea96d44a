package org.probity.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.probity.Api.as;
import static org.probity.Api.asAdmin;
import static org.probity.Api.createUser;
import static org.probity.Api.importCsv;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@ProbityIntegrationTest
class PetitionWorkflowIntegrationTests {

	static final Pattern RECEIPT = Pattern.compile("class=\"token receipt\">([A-Z0-9-]+)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DeadlineWatch watch;

	@Autowired
	PetitionFigures figures;

	Province province;

	String receptionist;

	String officer;

	String leader;

	@BeforeEach
	void staff() throws Exception {
		province = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		receptionist = Api.unique("reception");
		officer = Api.unique("officer");
		leader = Api.unique("leader");
		mvc.perform(createUser(receptionist, "RECEPTIONIST", province.communeA())).andExpect(status().isCreated());
		mvc.perform(createUser(officer, "OFFICER", province.communeA())).andExpect(status().isCreated());
		mvc.perform(createUser(leader, "LEADER", province.communeA())).andExpect(status().isCreated());
	}

	ResultActions move(String user, long id, String move, String body) throws Exception {
		var request = post("/api/v1/petitions/" + id + "/" + move).contentType(MediaType.APPLICATION_JSON).content(body);
		return mvc.perform(user.equals(Api.ADMIN) ? asAdmin(request) : as(user, request));
	}

	long registered(String body) throws Exception {
		String json = mvc.perform(as(receptionist, post("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON)
			.content(body))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return PetitionsIntegrationTests.JSON.readTree(json).get("id").asLong();
	}

	@Test
	void aDenunciationGoesFromIntakeToClosureByAllowedRolesOnly() throws Exception {
		long id = registered(PetitionFixtures.namedDenunciation(province.communeA(), PetitionFixtures.LAND_GRAB));
		move(officer, id, "accept", "{}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("RECEIVED")));
		move(receptionist, id, "classify", "{\"topic\":\"LAND\",\"complexity\":\"VERY_COMPLEX\"}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLASSIFIED"));
		move(receptionist, id, "accept", "{}").andExpect(status().isForbidden());
		move(officer, id, "accept", "{}").andExpect(status().isOk()).andExpect(jsonPath("$.dueOn").isNotEmpty());
		move(officer, id, "verify", "{}").andExpect(jsonPath("$.status").value("VERIFYING"));
		move(leader, id, "extend", "{\"decision\":\"Quyết định gia hạn số 12/QĐ\"}").andExpect(jsonPath("$.extensions").value(1));
		move(leader, id, "extend", "{\"decision\":\"Quyết định gia hạn số 13/QĐ\"}").andExpect(jsonPath("$.extensions").value(2));
		move(leader, id, "extend", "{\"decision\":\"Quyết định gia hạn số 14/QĐ\"}").andExpect(status().isConflict());
		move(officer, id, "conclude", "{\"outcome\":\"FOUNDED\",\"violation\":true,\"summary\":\"Có vi phạm\"}")
			.andExpect(status().isForbidden());
		move(leader, id, "conclude", "{\"outcome\":\"FOUNDED\",\"violation\":true,\"summary\":\"Có vi phạm\"}")
			.andExpect(jsonPath("$.outcome").value("FOUNDED"));
		move(officer, id, "respond", "{\"answer\":\"Tố cáo đúng; đã kiến nghị xử lý kỷ luật.\"}")
			.andExpect(jsonPath("$.status").value("RESPONDED"));
		move(officer, id, "close", "{}").andExpect(jsonPath("$.status").value("CLOSED"));
		move(leader, id, "assign", "{\"username\":\"x\"}").andExpect(status().isConflict());

		mvc.perform(as(officer, get("/api/v1/petitions/" + id)))
			.andExpect(jsonPath("$.timeline[*].action", hasItem("CONCLUDE")))
			.andExpect(jsonPath("$.timeline.length()").value(9));
		assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'CONCLUDE' and subject_id = "
				+ "(select reference from petitions where id = ?)", Integer.class, id)).isEqualTo(1);
	}

	@Test
	void onlyALeaderRevealsTheReporterAndOnlyWithAReason() throws Exception {
		long id = registered(PetitionFixtures.namedDenunciation(province.communeA(), PetitionFixtures.LAND_GRAB));
		mvc.perform(as(officer, post("/api/v1/petitions/" + id + "/identity").contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Cần liên hệ người tố cáo để xác minh\"}"))).andExpect(status().isForbidden());
		mvc.perform(as(leader, post("/api/v1/petitions/" + id + "/identity").contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"\"}"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(as(leader, post("/api/v1/petitions/" + id + "/identity").contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Cần liên hệ người tố cáo để xác minh\"}")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("Nguyễn Văn Bình"));
		assertThat(jdbc.queryForObject("select username from identity_reveals where petition_id = ?", String.class, id))
			.isEqualTo(leader);
		assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'REVEAL' and detail like '%xác minh%'",
				Integer.class)).isPositive();
	}

	@Test
	void aCitizenSubmitsOnThePortalAndReadsTheAnswerWithTheReceiptCode() throws Exception {
		String page = mvc.perform(post("/portal").with(csrf()).with(from("10.1.2.3")).param("kind", "DENUNCIATION")
			.param("body", province.communeA()).param("content", "Cán bộ địa chính xã đòi 20 triệu đồng để cấp sổ đỏ.")
			.param("anonymous", "true")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Matcher receipt = RECEIPT.matcher(page);
		assertThat(receipt.find()).as("receipt code on the page").isTrue();
		String code = receipt.group(1);
		assertThat(code.replace("-", "")).hasSize(20);
		assertThat(jdbc.queryForObject("select count(*) from petitions where receipt_hash like ?", Integer.class,
				"%" + code.replace("-", "") + "%")).isZero();

		long id = jdbc.queryForObject("select max(id) from petitions where received_by = ? and channel = 'WEB'",
				Long.class, province.communeA());
		move(officer, id, "classify", "{\"topic\":\"CORRUPTION_BRIBERY\",\"complexity\":\"ORDINARY\"}").andExpect(status().isOk());
		move(officer, id, "accept", "{}").andExpect(status().isOk());
		move(officer, id, "verify", "{}").andExpect(status().isOk());
		move(leader, id, "conclude", "{\"outcome\":\"FOUNDED\",\"violation\":true,\"summary\":\"Đúng\"}").andExpect(status().isOk());
		move(officer, id, "respond", "{\"answer\":\"Tố cáo đúng. Cán bộ đã bị đình chỉ công tác.\"}").andExpect(status().isOk());

		mvc.perform(post("/portal/follow").with(csrf()).param("code", code.toLowerCase()).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cán bộ đã bị đình chỉ công tác")))
			.andExpect(content().string(containsString("Answered")))
			.andExpect(content().string(not(containsString(officer))));
		mvc.perform(post("/portal/messages").with(csrf()).param("code", code).param("body", "Xin cảm ơn."))
			.andExpect(status().isOk());
		mvc.perform(as(officer, get("/api/v1/petitions/" + id)))
			.andExpect(jsonPath("$.messages[?(@.fromCitizen == true)].body").value("Xin cảm ơn."));
		mvc.perform(post("/portal/follow").with(csrf()).param("code", "AAAA-BBBB-CCCC-DDDD-EEEE").param("lang", "en"))
			.andExpect(content().string(containsString("No petition has this receipt code")));
	}

	@Test
	void thePortalSlowsAFloodFromOneAddress() throws Exception {
		String address = "10.9." + (System.nanoTime() % 200) + ".7";
		for (int i = 0; i < 20; i++) {
			mvc.perform(post("/portal").with(csrf()).with(from(address)).param("kind", "REFLECTION")
				.param("body", province.communeB()).param("content", "Phản ánh số " + i + " về rác thải.")
				.param("anonymous", "true")).andExpect(content().string(containsString("token receipt")));
		}
		mvc.perform(post("/portal").with(csrf()).with(from(address)).param("kind", "REFLECTION")
			.param("body", province.communeB()).param("content", "Phản ánh thêm").param("anonymous", "true"))
			.andExpect(content().string(not(containsString("token receipt"))));
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void overdueAndDueSoonPetitionsRaiseOneAlertADayForTheirJurisdiction() throws Exception {
		registered(PetitionFixtures.complaintReceivedOn(province.communeA(), "2024-01-02"));
		registered(PetitionFixtures.complaintReceivedOn(province.communeA(), java.time.LocalDate.now().toString()));
		assertThat(watch.raise(java.time.LocalDate.now())).isPositive();
		assertThat(watch.raise(java.time.LocalDate.now())).isZero();
		Cookie page = Api.signIn(mvc, officer, Api.PASSWORD);
		String alerts = mvc.perform(get("/petitions/alerts").cookie(page).param("lang", "en"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(alerts).contains("Overdue").contains(province.communeA() + "-2024-");
		String other = Api.unique("officer-b");
		mvc.perform(createUser(other, "OFFICER", province.communeB())).andExpect(status().isCreated());
		mvc.perform(get("/petitions/alerts").cookie(Api.signIn(mvc, other, Api.PASSWORD)))
			.andExpect(content().string(not(containsString(province.communeA() + "-2024-"))));
	}

	@Test
	void receptionSessionsAreRecordedWithTheirPetitionsAndCounted() throws Exception {
		long id = registered(PetitionFixtures.complaintReceivedOn(province.communeA(), "2024-03-05"));
		mvc.perform(as(leader, post("/api/v1/reception-sessions").contentType(MediaType.APPLICATION_JSON).content(
				"{\"heldOn\":\"2024-03-05\",\"host\":\"Bí thư Đảng ủy xã\",\"dialogue\":true,\"citizens\":12,\"petitionIds\":[" + id + "]}")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.unitCode").value(province.communeA()))
			.andExpect(jsonPath("$.petitions[0]").value(org.hamcrest.Matchers.startsWith(province.communeA() + "-2024-")));
		mvc.perform(as(leader, post("/api/v1/reception-sessions").contentType(MediaType.APPLICATION_JSON).content(
				"{\"heldOn\":\"2999-03-05\",\"host\":\"X\",\"citizens\":-1}")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("heldOn")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("citizens")));
		PetitionFigures.Figures march = org.probity.shared.Jurisdiction.asSystem(() -> figures.of(province.code(),
				java.time.LocalDate.of(2024, 3, 1), java.time.LocalDate.of(2024, 3, 31)));
		assertThat(march.receptionSessions()).isEqualTo(1);
		assertThat(march.dialogues()).isEqualTo(1);
		assertThat(march.citizensReceived()).isEqualTo(12);
	}

	@Test
	void aLeaderNamedInThePetitionNeverLearnsWhoSentIt() throws Exception {
		String toan = province.code() + "-TOAN";
		mvc.perform(asAdmin(importCsv("people", "code,full_name,birth_date,unit_code,position,party_member\n" + toan
				+ ",Phạm Văn Toàn,1968-02-03," + province.communeA() + ",Chủ tịch UBND xã,true\n"))).andExpect(status().isOk());
		String named = Api.unique("leader-named");
		mvc.perform(asAdmin(post("/api/v1/users").contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"" + named
				+ "\",\"password\":\"" + Api.PASSWORD + "\",\"role\":\"LEADER\",\"unitCode\":\"" + province.communeA()
				+ "\",\"personCode\":\"" + toan + "\"}"))).andExpect(status().isCreated());
		mvc.perform(asAdmin(post("/api/v1/users").contentType(MediaType.APPLICATION_JSON).content("{\"username\":\""
				+ Api.unique("x") + "\",\"password\":\"" + Api.PASSWORD + "\",\"role\":\"LEADER\",\"unitCode\":\""
				+ province.communeA() + "\",\"personCode\":\"NOBODY-" + toan + "\"}")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("personCode"));

		long id = registered(PetitionFixtures.namedDenunciation(province.communeA(), PetitionFixtures.LAND_GRAB));
		mvc.perform(as(named, post("/api/v1/petitions/" + id + "/identity").contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Cần liên hệ người tố cáo để xác minh\"}")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("Nguyễn Văn Bình"))));
		assertThat(jdbc.queryForObject("select count(*) from identity_reveals where petition_id = ?", Integer.class, id))
			.isZero();
	}

	@Test
	void aComplaintInARemoteAreaGetsFifteenMoreDaysToSettle() throws Exception {
		Province remote = new Province("TREMOTE");
		mvc.perform(asAdmin(importCsv("units", remote.unitsCsv()))).andExpect(status().isOk());
		long far = registeredBy("admin", PetitionFixtures.complaintReceivedOn(remote.communeA(), "2024-05-02"));
		long near = registered(PetitionFixtures.complaintReceivedOn(province.communeA(), "2024-05-02"));
		String farDue = acceptedDue("admin", far);
		String nearDue = acceptedDue(officer, near);
		assertThat(java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(nearDue),
				java.time.LocalDate.parse(farDue))).isEqualTo(15);
	}

	String acceptedDue(String user, long id) throws Exception {
		move(user, id, "classify", "{\"topic\":\"LAND\",\"complexity\":\"ORDINARY\"}").andExpect(status().isOk());
		String json = move(user, id, "accept", "{}").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return PetitionsIntegrationTests.JSON.readTree(json).get("dueOn").asString();
	}

	long registeredBy(String user, String body) throws Exception {
		var request = post("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON).content(body);
		String json = mvc.perform(user.equals("admin") ? asAdmin(request) : as(user, request))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return PetitionsIntegrationTests.JSON.readTree(json).get("id").asLong();
	}
}
