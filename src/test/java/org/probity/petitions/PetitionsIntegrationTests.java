package org.probity.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.probity.Api.as;
import static org.probity.Api.asAdmin;
import static org.probity.Api.createUser;
import static org.probity.Api.importCsv;
import static org.probity.petitions.PetitionFixtures.LAND_GRAB;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ProbityIntegrationTest
class PetitionsIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PetitionFigures figures;

	Province province;

	String officer;

	@BeforeEach
	void communeWithAnOfficer() throws Exception {
		province = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		officer = Api.unique("officer");
		mvc.perform(createUser(officer, "OFFICER", province.communeA())).andExpect(status().isCreated());
	}

	JsonNode register(String user, String body) throws Exception {
		String json = mvc.perform(as(user, post("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON).content(body)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return JSON.readTree(json);
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	@Test
	void registrationAnswersWithReferenceDeadlineAndNoIdentity() throws Exception {
		JsonNode registered = register(officer, PetitionFixtures.namedDenunciation(province.communeA(), LAND_GRAB));
		assertThat(registered.get("reference").asString()).matches(province.communeA() + "-\\d{4}-\\d{6}");
		assertThat(registered.get("dueOn").asString()).isNotBlank();
		assertThat(registered.get("duplicateOf").isNull()).isTrue();

		long id = registered.get("id").asLong();
		mvc.perform(as(officer, get("/api/v1/petitions/" + id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.petition.status").value("RECEIVED"))
			.andExpect(jsonPath("$.petition.petitionerCount").value(1))
			.andExpect(jsonPath("$.timeline[0].action").value("REGISTER"))
			.andExpect(content().string(not(containsString("Nguyễn Văn Bình"))))
			.andExpect(content().string(not(containsString("001099012345"))));
		String sealed = jdbc.queryForObject("select sealed from reporter_identities where petition_id = ?", String.class, id);
		assertThat(sealed).doesNotContain("Bình").doesNotContain("001099012345");
		assertThat(jdbc.queryForObject("select count(*) from audit_log where detail like '%Nguyễn Văn Bình%'", Integer.class)).isZero();
	}

	@Test
	void moreConcurrentFirstPetitionsOfAYearThanPooledConnectionsAllGetConsecutiveReferences() throws Exception {
		int clients = 24; // more than the 16 pooled connections: a registration must not need a second one
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Future<String>> references = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				String day = "2019-03-" + String.format("%02d", 1 + i);
				references.add(pool.submit(() -> register(officer,
						PetitionFixtures.complaintReceivedOn(province.communeA(), day)).get("reference").asString()));
			}
			Set<String> distinct = new TreeSet<>();
			for (Future<String> reference : references) {
				distinct.add(reference.get(2, TimeUnit.MINUTES));
			}
			assertThat(distinct).hasSize(clients)
				.first().asString().startsWith(province.communeA() + "-").endsWith("-000001");
			assertThat(distinct).last().asString().endsWith(String.format("-%06d", clients));
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aRepeatWithoutDiacriticsIsLinkedToTheOriginalButAnotherPlotIsNot() throws Exception {
		long original = register(officer, PetitionFixtures.namedDenunciation(province.communeA(), LAND_GRAB)).get("id").asLong();
		String resent = "Kinh gui lanh dao. Ong Pham Van Toan, Chu tich UBND xa, da giao trai phep thua dat so 215, to ban do "
				+ "so 12 cho doanh nghiep va nhan 300 trieu dong nam 2023.";
		JsonNode repeat = register(officer, PetitionFixtures.anonymousDenunciation(province.communeA(), resent));
		assertThat(repeat.get("duplicateOf").asLong()).isEqualTo(original);
		assertThat(repeat.get("similar").get(0).get("id").asLong()).isEqualTo(original);
		assertThat(repeat.get("similar").get(0).get("score").asDouble()).isGreaterThan(0.5);

		JsonNode otherPlot = register(officer,
				PetitionFixtures.anonymousDenunciation(province.communeA(), LAND_GRAB.replace("215", "987")));
		assertThat(otherPlot.get("duplicateOf").isNull()).isTrue();
	}

	@Test
	void theInboxListsASubtreeNewestFirstAndHidesOtherCommunes() throws Exception {
		register(officer, PetitionFixtures.complaintReceivedOn(province.communeA(), "2024-03-01"));
		register(officer, PetitionFixtures.complaintReceivedOn(province.communeA(), "2024-05-01"));
		mvc.perform(as(officer, get("/api/v1/petitions").param("unit", province.communeA())))
			.andExpect(jsonPath("$.page.totalElements").value(2))
			.andExpect(jsonPath("$.content[0].receivedOn").value("2024-05-01"));
		String other = Api.unique("officer-b");
		mvc.perform(createUser(other, "OFFICER", province.communeB())).andExpect(status().isCreated());
		mvc.perform(as(other, get("/api/v1/petitions"))).andExpect(jsonPath("$.page.totalElements").value(0));
		mvc.perform(as(other, json(post("/api/v1/petitions"),
				PetitionFixtures.complaintReceivedOn(province.communeA(), "2024-05-01"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("receivedBy"));
	}

	@Test
	void aDenunciationIsClassifiedWithinSevenWorkingDaysSkippingTet() throws Exception {
		JsonNode registered = register(officer, PetitionFixtures.body("DENUNCIATION", "MAIL", "2024-02-06",
				province.communeA(), true, "[]", null, "Tố cáo cán bộ địa chính nhận tiền."));
		assertThat(registered.get("dueOn").asString()).isGreaterThan("2024-02-14");
	}

	@Test
	void badInputIsRefusedNamingTheField() throws Exception {
		String future = PetitionFixtures.complaintReceivedOn(province.communeA(), "2999-01-01");
		mvc.perform(as(officer, json(post("/api/v1/petitions"), future)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("receivedOn"));
		mvc.perform(as(officer, json(post("/api/v1/petitions"),
				PetitionFixtures.complaintReceivedOn(province.communeA(), "2024-01-01").replace("COMPLAINT", "GRUDGE"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		mvc.perform(as(officer, json(post("/api/v1/petitions"), PetitionFixtures.body("COMPLAINT", "MAIL", "2024-01-01",
				province.communeA(), false, "[]", null, "Nội dung"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("petitioners"));
		mvc.perform(as(officer, json(post("/api/v1/petitions"), "{\"kind\":\"COMPLAINT\"}")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItem("content")));
		assertThat(jdbc.queryForObject("select count(*) from petitions where received_by = ?", Integer.class,
				province.communeA())).isZero();
	}

	@Test
	void importedPetitionsUpsertByRefAndNewReferencesFollowThem() throws Exception {
		String csv = """
				ref,kind,channel,received_on,received_by,anonymous,petitioners,subject_name,subject_unit_code,content
				%1$s-2024-000050,COMPLAINT,MAIL,2024-04-02,%1$s,false,Lê Văn A;Lê Thị B,,,"Khiếu nại việc bồi thường, hỗ trợ tái định cư"
				%1$s-2024-000051,DENUNCIATION,HOTLINE,2024-04-03,%1$s,true,,Phạm Văn Toàn,%1$s,Tố cáo nhận hối lộ
				""".formatted(province.communeA());
		mvc.perform(as(officer, importCsv("petitions", csv))).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));
		mvc.perform(as(officer, importCsv("petitions", csv))).andExpect(status().isOk());
		assertThat(jdbc.queryForObject("select count(*) from petitions where received_by = ?", Integer.class,
				province.communeA())).isEqualTo(2);
		assertThat(jdbc.queryForObject("select collective from petitions where reference = ?", Boolean.class,
				province.communeA() + "-2024-000050")).isTrue();
		JsonNode next = register(officer, PetitionFixtures.complaintReceivedOn(province.communeA(), "2024-06-01"));
		assertThat(next.get("reference").asString()).isEqualTo(province.communeA() + "-2024-000052");

		String bad = csv.replace("COMPLAINT", "GRUMBLE").replace("2024-04-03", "2024-04-31");
		mvc.perform(as(officer, importCsv("petitions", bad)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rows[?(@.row == 2)].column").value("kind"))
			.andExpect(jsonPath("$.rows[?(@.row == 3)].column").value("received_on"));
	}

	@Test
	void reportFiguresCountLettersMattersHandledAndOverdueFromTheRecords() throws Exception {
		String a = province.communeA();
		long complaint = register(officer, PetitionFixtures.complaintReceivedOn(a, "2024-03-01")).get("id").asLong();
		register(officer, PetitionFixtures.body("DENUNCIATION", "MAIL", "2024-03-02", a, true, "[]", null, LAND_GRAB));
		register(officer, PetitionFixtures.body("DENUNCIATION", "WEB", "2024-03-03", a, true, "[]", null, LAND_GRAB));
		register(officer, PetitionFixtures.complaintReceivedOn(a, "2024-07-01"));
		mvc.perform(as(officer, json(post("/api/v1/petitions/" + complaint + "/refuse"), "{\"reason\":\"Không thuộc thẩm quyền; đã hướng dẫn\"}")))
			.andExpect(status().isOk());

		PetitionFigures.Figures march = org.probity.shared.Jurisdiction.asSystem(
				() -> figures.of(province.code(), java.time.LocalDate.of(2024, 3, 1), java.time.LocalDate.of(2024, 3, 31)));
		assertThat(march.received()).isEqualTo(3);
		assertThat(march.matters()).isEqualTo(2);
		assertThat(march.handled()).isEqualTo(1);
		assertThat(march.overdue()).isEqualTo(2);
		assertThat(march.byKind()).containsEntry(PetitionKind.COMPLAINT, 1L).containsEntry(PetitionKind.DENUNCIATION, 2L);
		mvc.perform(as(officer, get("/api/v1/petitions/figures").param("unit", a).param("from", "2024-03-01").param("to", "2024-03-31")))
			.andExpect(jsonPath("$.received").value(3))
			.andExpect(jsonPath("$.matters").value(2))
			.andExpect(jsonPath("$.handled").value(1))
			.andExpect(jsonPath("$.byKind.DENUNCIATION").value(2));
		mvc.perform(as(officer, get("/api/v1/petitions/figures").param("unit", province.communeB()).param("from", "2024-03-01")
			.param("to", "2024-03-31"))).andExpect(status().isNotFound());
		mvc.perform(as(officer, get("/api/v1/petitions/figures").param("unit", a).param("from", "2024-03-31").param("to", "2024-03-01")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
	}

	@Test
	void aDenunciationIsRoutedToTheBodyManagingTheUnitConcerned() throws Exception {
		String body = PetitionFixtures.namedDenunciation(province.communeA(), LAND_GRAB)
			.replace("\"subjectUnitCode\":null", "\"subjectUnitCode\":\"" + province.cellA() + "\"");
		long id = register(officer, body).get("id").asLong();
		mvc.perform(as(officer, get("/api/v1/petitions/" + id))).andExpect(jsonPath("$.proposedUnit.code").value(province.communeA()));
		mvc.perform(as(officer, json(post("/api/v1/petitions/" + id + "/transfer"),
				"{\"unitCode\":\"" + province.communeB() + "\",\"note\":\"Chuyển đơn theo thẩm quyền\"}")))
			.andExpect(jsonPath("$.status").value("TRANSFERRED"))
			.andExpect(jsonPath("$.handlingUnit").value(province.communeB()));
		mvc.perform(as(officer, get("/api/v1/petitions/" + id))).andExpect(status().isNotFound());
	}
}
