package org.probity.reports;

import static org.probity.Api.asAdmin;
import static org.probity.Api.importCsv;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;

import org.probity.Province;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A generated data set for the dashboard, through the APIs and imports only: a year (2025) of petitions spread over
 * units, months, kinds and statuses by a seeded random draw, with some just outside the year and some in another
 * province; the report fixture's activities and discipline; a plan of the year and one of the year before;
 * corruption cases moving through stages; steering committees with meetings, directions and tasks, overdue or not;
 * targets of this year and the last.
 */
record DashboardFixtures(MockMvc mvc, Province p, Province elsewhere) {

	static final JsonMapper JSON = JsonMapper.builder().build();

	void load() throws Exception {
		ReportFixtures report = new ReportFixtures(p, elsewhere);
		for (Province each : new Province[] { p, elsewhere }) {
			ok(importCsv("units", each.unitsCsv()));
			ok(importCsv("people", each.peopleCsv()));
		}
		ok(importCsv("oversight", report.oversight()));
		ok(importCsv("discipline", report.discipline()));
		ok(importCsv("petitions", petitions(new Random(20251231))));
		movePetitions();
		plans();
		cases();
		steering();
	}

	/** Sixty letters to the province's four units and ten to the other province, from mid-December 2024 to mid-January 2026. */
	String petitions(Random random) {
		String[] kinds = { "COMPLAINT", "DENUNCIATION", "RECOMMENDATION", "REFLECTION" };
		String[] channels = { "DIRECT", "MAIL", "WEB", "HOTLINE", "PRESS" };
		String[] units = { p.code(), p.communeA(), p.communeB(), p.cellA() };
		StringBuilder csv = new StringBuilder(ReportFixtures.PETITIONS);
		for (int i = 0; i < 70; i++) {
			String unit = i < 60 ? units[random.nextInt(units.length)] : elsewhere.communeA();
			LocalDate day = LocalDate.of(2024, 12, 15).plusDays(random.nextInt(400));
			csv.append("%s-G%02d,%s,%s,%s,%s,true,,,,Phản ánh số %d về việc %s tại %s\n".formatted(p.code(), i,
					kinds[random.nextInt(kinds.length)], channels[random.nextInt(channels.length)], day, unit, i,
					i % 2 == 0 ? "lấn chiếm đất công" : "thu phí trái quy định", unit));
		}
		return csv.toString();
	}

	/** Every third letter classified, every fifth of those also accepted (a new clock), every seventh refused. */
	private void movePetitions() throws Exception {
		for (int page = 0;; page++) {
			JsonNode list = read(get("/api/v1/petitions").param("unit", p.code()).param("page", String.valueOf(page)));
			if (list.get("content").isEmpty()) {
				return;
			}
			for (JsonNode petition : list.get("content")) {
				int n = Integer.parseInt(petition.get("reference").asString().replaceAll(".*-G", ""));
				long id = petition.get("id").asLong();
				if (n % 7 == 0) {
					ok(json(post("/api/v1/petitions/" + id + "/refuse"), "{\"reason\":\"Không thuộc thẩm quyền\"}"));
				}
				else if (n % 3 == 0) {
					ok(json(post("/api/v1/petitions/" + id + "/classify"), "{\"topic\":\"LAND\",\"complexity\":\"ORDINARY\"}"));
					if (n % 5 == 0) {
						ok(json(post("/api/v1/petitions/" + id + "/accept"), "{}"));
					}
				}
			}
		}
	}

	/** Commune A's commission plans four items in 2025 (one fulfilled twice over, one begun, one never) and one in 2024. */
	private void plans() throws Exception {
		String plan = p.code() + "-KH25";
		created(programme(plan, "2025-01-01", "2025-12-31"));
		created(item(plan, "UNIT", p.cellA(), "INSPECTION", "2025-06-30"));
		created(item(plan, "PERSON", p.personA(), "INSPECTION", "2025-12-31"));
		created(item(plan, "UNIT", p.communeB(), "SUPERVISION", "2025-11-30"));
		created(item(plan, "UNIT", p.communeB(), "INSPECTION", "2025-09-30"));
		String old = p.code() + "-KH24";
		created(programme(old, "2024-01-01", "2024-12-31"));
		created(item(old, "UNIT", p.cellA(), "INSPECTION", "2024-06-30"));
	}

	private MockHttpServletRequestBuilder programme(String ref, String startsOn, String endsOn) {
		return json(post("/api/v1/oversight/programmes"), """
				{"ref":"%s","title":"Kế hoạch kiểm tra, giám sát","unitCode":"%s","body":"INSPECTION_COMMISSION",
				 "kind":"ANNUAL","startsOn":"%s","endsOn":"%s"}""".formatted(ref, p.communeA(), startsOn, endsOn));
	}

	private MockHttpServletRequestBuilder item(String plan, String kind, String target, String type,
			String dueBy) {
		return json(post("/api/v1/oversight/programmes/" + plan + "/items"), """
				{"targetKind":"%s","targetCode":"%s","type":"%s","theme":"LAND","resolution":null,"dueBy":"%s"}"""
			.formatted(kind, target, type, dueBy));
	}

	/** Four cases: one taken to trial in 2025, one prosecuted, one still verifying, one detected in 2024 only. */
	private void cases() throws Exception {
		long trial = openCase(p.communeA(), "2025-01-10");
		ok(json(post("/api/v1/cases/" + trial + "/stages"), stage("INVESTIGATING", "2025-02-01")));
		ok(json(post("/api/v1/cases/" + trial + "/stages"), stage("PROSECUTED", "2025-04-01")));
		ok(json(post("/api/v1/cases/" + trial + "/stages"), stage("FIRST_INSTANCE_TRIAL", "2025-09-09")));
		long prosecuted = openCase(p.communeB(), "2025-03-03");
		ok(json(post("/api/v1/cases/" + prosecuted + "/stages"), stage("PROSECUTED", "2025-12-31")));
		long verifying = openCase(p.cellA(), "2025-05-05");
		ok(json(post("/api/v1/cases/" + verifying + "/stages"), stage("VERIFYING", "2025-06-06")));
		openCase(p.code(), "2024-12-31");
		openCase(elsewhere.code(), "2025-07-07");
	}

	private long openCase(String unit, String detectedOn) throws Exception {
		return created(json(post("/api/v1/cases"), """
				{"kind":"CRIMINAL_CASE","title":"Sai phạm trong giao đất tại %s","summary":"Giao đất trái thẩm quyền",
				 "unitCode":"%s","field":"LAND","agencies":"Cơ quan CSĐT Công an tỉnh","detectedOn":"%s",
				 "origin":"DIRECT"}""".formatted(unit, unit, detectedOn))).at("/summary/id").asLong();
	}

	private static String stage(String stage, String enteredOn) {
		return "{\"stage\":\"%s\",\"enteredOn\":\"%s\",\"note\":\"Quyết định số 12\"}".formatted(stage, enteredOn);
	}

	/** Committees of the province and commune A at work in 2025, and a target of each year for commune A. */
	private void steering() throws Exception {
		long top = committee(p.code());
		long a = committee(p.communeA());
		for (String[] meeting : new String[][] { { "REGULAR", "2025-01-15" }, { "THEMATIC", "2025-12-31" },
				{ "REGULAR", "2024-12-31" } }) {
			created(json(post("/api/v1/meetings"), """
					{"committeeId":%d,"kind":"%s","heldOn":"%s","agenda":["Tình hình vụ án trọng điểm"],
					 "present":[],"conclusions":["Đẩy nhanh tiến độ điều tra"]}""".formatted(top, meeting[0], meeting[1])));
		}
		created(json(post("/api/v1/meetings"), """
				{"committeeId":%d,"kind":"EXTRAORDINARY","heldOn":"2025-03-03","agenda":["Vụ việc đất đai"],
				 "present":[],"conclusions":[]}""".formatted(a)));
		long done = direction(top, "2025-02-01", "2025-03-01");
		direction(top, "2025-05-01", "2025-06-01");
		direction(a, "2025-10-01", "2025-11-15");
		direction(a, "2024-10-01", "2024-11-15");
		ok(json(post("/api/v1/directions/" + done + "/done"), "{\"doneOn\":\"2025-02-20\",\"report\":\"Đã báo cáo\"}"));
		long finished = task(top, "2025-01-10", "2025-02-01");
		task(a, "2025-02-01", "2025-03-01");
		task(a, "2025-08-01", "2025-09-01");
		ok(json(post("/api/v1/tasks/" + finished + "/done"), "{\"doneOn\":\"2025-01-31\",\"note\":\"Đã hoàn thành\"}"));
		for (int year : new int[] { 2024, 2025 }) {
			created(json(post("/api/v1/targets"), """
					{"unitCode":"%s","year":%d,"measure":"MANUAL","title":"Kết nạp đảng viên mới","planned":153,
					 "achieved":88}""".formatted(p.communeA(), year)));
		}
	}

	private long committee(String unit) throws Exception {
		return created(json(post("/api/v1/committees"), """
				{"unitCode":"%s","name":"Ban Chỉ đạo phòng, chống tham nhũng %s",
				 "members":[{"personCode":"%s","role":"CHAIR"}]}""".formatted(unit, unit, p.personA()))).get("id")
			.asLong();
	}

	private long direction(long committee, String issuedOn, String dueOn) throws Exception {
		return created(json(post("/api/v1/directions"), """
				{"committeeId":%d,"assigneeKind":"UNIT","assigneeCode":"%s","content":"Khẩn trương xác minh, báo cáo",
				 "issuedOn":"%s","dueOn":"%s","caseRef":null}""".formatted(committee, p.communeA(), issuedOn, dueOn)))
			.get("id").asLong();
	}

	private long task(long committee, String assignedOn, String deadline) throws Exception {
		return created(json(post("/api/v1/tasks"), """
				{"committeeId":%d,"title":"Rà soát hồ sơ đất đai","ownerKind":"UNIT","ownerCode":"%s",
				 "assignedOn":"%s","deadline":"%s"}""".formatted(committee, p.communeA(), assignedOn, deadline)))
			.get("id").asLong();
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private void ok(MockHttpServletRequestBuilder request) throws Exception {
		mvc.perform(asAdmin(request)).andExpect(status().isOk());
	}

	private JsonNode created(MockHttpServletRequestBuilder request) throws Exception {
		return JSON.readTree(mvc.perform(asAdmin(request)).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private JsonNode read(MockHttpServletRequestBuilder request) throws Exception {
		return JSON.readTree(mvc.perform(asAdmin(request)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}
}
