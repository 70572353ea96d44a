package org.probity.security;

import static org.probity.Api.asAdmin;
import static org.probity.Api.createUser;
import static org.probity.Api.importCsv;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.probity.Api;
import org.probity.Province;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One province with a user of every role in commune A, a leader of commune B (the outsider), and one record of
 * every kind in commune A, so that any mapped path can be filled with a real record, or with one that does not exist.
 */
public final class OneOfEverything {

	/** Who sends a request: nobody, a user of each role in commune A, or a leader of commune B. */
	public enum Caller {
		ANONYMOUS, ADMIN, LEADER, OFFICER, RECEPTIONIST, AUDITOR, OUTSIDER;

		String role() {
			return this == OUTSIDER ? "LEADER" : name();
		}
	}

	/** Whose record a path variable names: commune A's, the administrator's own, or nobody's (not a record). */
	public enum Owner {
		COMMUNE_A, ADMIN, NONE
	}

	/** What fills a variable of the paths starting with {@code prefix}: real values and one that names nothing. */
	public record Slot(String prefix, String variable, Owner owner, List<String> values, String missing) {
	}

	static final String PETITIONER = "Hoàng Thị Mận";

	/** Markup a hostile user types into free text; every page must show it as text. */
	static final String MARKUP = "<script>alert(1)</script><img src=x onerror=alert(2)>";

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	final Province province = Province.fresh();

	final Map<Caller, String> usernames = new EnumMap<>(Caller.class);

	public final Map<Caller, Cookie> sessions = new EnumMap<>(Caller.class);

	final Map<Caller, String> tokens = new EnumMap<>(Caller.class);

	final List<Slot> slots;

	final long petition;

	public OneOfEverything(MockMvc mvc) throws Exception {
		read(mvc, asAdmin(importCsv("units", province.unitsCsv())));
		read(mvc, asAdmin(importCsv("people", province.peopleCsv())));
		usernames.put(Caller.ADMIN, Api.ADMIN);
		for (Caller caller : List.of(Caller.LEADER, Caller.OFFICER, Caller.RECEPTIONIST, Caller.AUDITOR, Caller.OUTSIDER)) {
			String name = Api.unique(caller.name().toLowerCase());
			String unit = caller == Caller.OUTSIDER ? province.communeB() : province.communeA();
			expect(mvc.perform(createUser(name, caller.role(), unit)).andReturn().getResponse().getStatus(), 201, name);
			usernames.put(caller, name);
		}
		for (var user : usernames.entrySet()) {
			String password = user.getKey() == Caller.ADMIN ? Api.ADMIN_PASSWORD : Api.PASSWORD;
			sessions.put(user.getKey(), Api.signIn(mvc, user.getValue(), password));
			tokens.put(user.getKey(), read(mvc, post("/api/v1/tokens").with(httpBasic(user.getValue(), password))
				.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"matrix\"}")).get("token").asString());
		}
		read(mvc, asAdmin(importCsv("units", "code,name,kind,parent_code,valid_from,valid_to\n" + province.code()
				+ "-A-X," + MARKUP + ",OTHER," + province.communeA() + ",,\n")));
		read(mvc, asAdmin(importCsv("people", "code,full_name,birth_date,unit_code,position,party_member\n"
				+ province.code() + "-P9," + MARKUP + ",1980-01-01," + province.communeA() + "," + MARKUP + ",false\n")));
		petition = read(mvc, asAdmin(post("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON).content("""
				{"kind":"DENUNCIATION","channel":"MAIL","receivedOn":"2024-05-02","receivedBy":"%s","anonymous":false,
				 "petitioners":[{"name":"%s","idNumber":"038190000111","phone":"0988000111"}],
				 "subjectName":"%s","content":"Cán bộ địa chính nhận tiền %s"}"""
			.formatted(province.communeA(), PETITIONER, json(MARKUP), json(MARKUP)))))
			.get("id").asLong();
		long document = read(mvc, multipart("/api/v1/petitions/" + petition + "/attachments")
			.file(new MockMultipartFile("file", "scan.pdf", "application/pdf", PDF))
			.with(httpBasic(Api.ADMIN, Api.ADMIN_PASSWORD))).get("id").asLong();
		// a batch whose one row names no petition: it links nothing, so no other test sees a document it did not add
		String batch = read(mvc, multipart("/api/v1/documents/batches")
			.file(new MockMultipartFile("file", "scans.zip", "application/zip",
					org.probity.records.Zips.manifest("file,owner_type,owner_ref\nscan.pdf,petition,NO-SUCH-PETITION\n")
						.and("scan.pdf", PDF).bytes()))
			.with(httpBasic(Api.ADMIN, Api.ADMIN_PASSWORD))).get("id").asString();
		String decision = province.code() + "-D1";
		read(mvc, asAdmin(importCsv("discipline", "ref,target_kind,target_code,form,decided_by,decided_on,reason\n"
				+ decision + ",PERSON," + province.personA() + ",REPRIMAND," + province.communeA() + ",2025-01-10,Vi phạm "
				+ MARKUP + "\n")));
		// vetting a person with discipline raises a VETTING_CONCERN signal in commune A
		long vetting = read(mvc, asAdmin(post("/api/v1/vetting-requests").contentType(MediaType.APPLICATION_JSON)
			.content("{\"personCode\":\"" + province.personA() + "\",\"purpose\":\"POST\",\"postName\":\"Chủ tịch "
					+ json(MARKUP) + "\",\"requestedBy\":\"" + province.communeA() + "\"}"))).get("id").asLong();
		long signal = read(mvc, asAdmin(get("/api/v1/signals").param("kind", "VETTING_CONCERN")
			.param("unit", province.communeA()))).get("content").get(0).get("id").asLong();
		String activity = province.code() + "-K1";
		read(mvc, asAdmin(importCsv("oversight", "ref,activity,body,conducted_by,programme,target_kind,target_code,"
				+ "started_on,concluded_on,outcome\n" + activity + ",INSPECTION,INSPECTION_COMMISSION," + province.communeA()
				+ ",THEMATIC,UNIT," + province.cellA() + ",2025-03-02,,\n")));
		long corruptionCase = read(mvc, asAdmin(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).content("""
				{"kind":"CRIMINAL_CASE","title":"%s","summary":"%s","unitCode":"%s","field":"LAND",
				 "agencies":"Công an tỉnh","detectedOn":"2025-01-10","origin":"DIRECT"}"""
			.formatted(json(MARKUP), json(MARKUP), province.communeA())))).at("/summary/id").asLong();
		long committee = read(mvc, asAdmin(post("/api/v1/committees").contentType(MediaType.APPLICATION_JSON).content("""
				{"unitCode":"%s","name":"%s","members":[{"fullName":"%s","role":"CHAIR"}]}"""
			.formatted(province.communeA(), json(MARKUP), json(MARKUP))))).get("id").asLong();
		long meeting = read(mvc, asAdmin(post("/api/v1/meetings").contentType(MediaType.APPLICATION_JSON).content("""
				{"committeeId":%d,"kind":"REGULAR","heldOn":"2025-04-02","agenda":["%s"],"present":[],
				 "conclusions":["%s"]}""".formatted(committee, json(MARKUP), json(MARKUP))))).get("id").asLong();
		long direction = read(mvc, asAdmin(post("/api/v1/directions").contentType(MediaType.APPLICATION_JSON).content("""
				{"committeeId":%d,"assigneeKind":"UNIT","assigneeCode":"%s","content":"%s","issuedOn":"2025-04-02",
				 "dueOn":"2025-05-02"}""".formatted(committee, province.cellA(), json(MARKUP))))).get("id").asLong();
		long task = read(mvc, asAdmin(post("/api/v1/tasks").contentType(MediaType.APPLICATION_JSON).content("""
				{"committeeId":%d,"title":"%s","ownerKind":"UNIT","ownerCode":"%s","assignedOn":"2025-04-02",
				 "deadline":"2025-06-02"}""".formatted(committee, json(MARKUP), province.cellA())))).get("id").asLong();
		long handover = handoverInCommuneA(mvc);
		long adminToken = read(mvc, asAdmin(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"to-revoke " + json(MARKUP) + "\"}"))).get("id").asLong();
		String job = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "units.csv", "text/csv",
				province.unitsCsv().getBytes(StandardCharsets.UTF_8))).param("dataset", "units")
			.cookie(sessions.get(Caller.ADMIN)).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		awaitFinished(mvc, job);
		slots = List.of(
				new Slot("/api/v1/petitions/", "move", Owner.NONE, List.of("classify", "accept", "refuse", "transfer",
						"verify", "extend", "conclude", "respond", "close", "assign", "messages"), "no-such-move"),
				new Slot("/api/v1/petitions/", "id", Owner.COMMUNE_A, List.of(String.valueOf(petition)), "999999999"),
				new Slot("/petitions/", "id", Owner.COMMUNE_A, List.of(String.valueOf(petition)), "999999999"),
				new Slot("/api/v1/documents/batches/", "id", Owner.ADMIN, List.of(batch), "no-such-batch"),
				new Slot("/documents/batches/", "id", Owner.ADMIN, List.of(batch), "no-such-batch"),
				new Slot("/api/v1/documents/", "id", Owner.COMMUNE_A, List.of(String.valueOf(document)), "999999999"),
				new Slot("/documents/", "id", Owner.COMMUNE_A, List.of(String.valueOf(document)), "999999999"),
				new Slot("/api/v1/units/", "code", Owner.COMMUNE_A, List.of(province.communeA()), "NO-SUCH-UNIT"),
				new Slot("/units/", "code", Owner.COMMUNE_A, List.of(province.communeA()), "NO-SUCH-UNIT"),
				new Slot("/api/v1/people/", "code", Owner.COMMUNE_A, List.of(province.personA()), "NO-SUCH-PERSON"),
				new Slot("/people/", "code", Owner.COMMUNE_A, List.of(province.personA()), "NO-SUCH-PERSON"),
				new Slot("/api/v1/discipline/", "ref", Owner.COMMUNE_A, List.of(decision), "NO-SUCH-DECISION"),
				new Slot("/discipline/", "ref", Owner.COMMUNE_A, List.of(decision), "NO-SUCH-DECISION"),
				new Slot("/api/v1/cases/", "id", Owner.COMMUNE_A, List.of(String.valueOf(corruptionCase)), "999999999"),
				new Slot("/cases/", "id", Owner.COMMUNE_A, List.of(String.valueOf(corruptionCase)), "999999999"),
				new Slot("/api/v1/committees/", "id", Owner.COMMUNE_A, List.of(String.valueOf(committee)), "999999999"),
				new Slot("/steering/committees/", "id", Owner.COMMUNE_A, List.of(String.valueOf(committee)), "999999999"),
				new Slot("/api/v1/meetings/", "id", Owner.COMMUNE_A, List.of(String.valueOf(meeting)), "999999999"),
				new Slot("/steering/meetings/", "id", Owner.COMMUNE_A, List.of(String.valueOf(meeting)), "999999999"),
				new Slot("/api/v1/directions/", "id", Owner.COMMUNE_A, List.of(String.valueOf(direction)), "999999999"),
				new Slot("/steering/directions/", "id", Owner.COMMUNE_A, List.of(String.valueOf(direction)), "999999999"),
				new Slot("/api/v1/tasks/", "id", Owner.COMMUNE_A, List.of(String.valueOf(task)), "999999999"),
				new Slot("/steering/tasks/", "id", Owner.COMMUNE_A, List.of(String.valueOf(task)), "999999999"),
				// no programme in this fixture yet: its pages are reached with a reference that names nothing
				new Slot("/api/v1/oversight/programmes/", "ref", Owner.NONE, List.of("NO-SUCH-PROGRAMME"), "NO-SUCH-PROGRAMME"),
				new Slot("/oversight/programmes/", "ref", Owner.NONE, List.of("NO-SUCH-PROGRAMME"), "NO-SUCH-PROGRAMME"),
				new Slot("/api/v1/oversight/", "ref", Owner.COMMUNE_A, List.of(activity), "NO-SUCH-ACTIVITY"),
				new Slot("/oversight/", "ref", Owner.COMMUNE_A, List.of(activity), "NO-SUCH-ACTIVITY"),
				new Slot("/api/v1/signals/thresholds/", "unit", Owner.COMMUNE_A, List.of(province.communeA()),
						"NO-SUCH-UNIT"),
				new Slot("/api/v1/signals/", "id", Owner.COMMUNE_A, List.of(String.valueOf(signal)), "999999999"),
				new Slot("/signals/", "id", Owner.COMMUNE_A, List.of(String.valueOf(signal)), "999999999"),
				new Slot("/api/v1/vetting-requests/", "id", Owner.COMMUNE_A, List.of(String.valueOf(vetting)),
						"999999999"),
				new Slot("/vetting-requests/", "id", Owner.COMMUNE_A, List.of(String.valueOf(vetting)), "999999999"),
				new Slot("/api/v1/users/", "username", Owner.COMMUNE_A, List.of(usernames.get(Caller.OFFICER)),
						"no-such-user"),
				new Slot("/api/v1/tokens/", "id", Owner.ADMIN, List.of(String.valueOf(adminToken)), "999999999"),
				new Slot("/account/tokens/", "id", Owner.ADMIN, List.of(String.valueOf(adminToken)), "999999999"),
				new Slot("/imports/jobs/", "id", Owner.ADMIN, List.of(job.substring(job.lastIndexOf('/') + 1)),
						"no-such-job"),
				new Slot("/api/v1/imports/", "dataset", Owner.NONE, List.of("petitions"), "no-such-dataset"),
				new Slot("/api/v1/handovers/", "id", Owner.COMMUNE_A, List.of(String.valueOf(handover)), "999999999"),
				new Slot("/handovers/", "id", Owner.COMMUNE_A, List.of(String.valueOf(handover)), "999999999"));
	}

	/** Two units of commune A merged into a third: a handover only commune A's readers see. */
	private long handoverInCommuneA(MockMvc mvc) throws Exception {
		String a = province.communeA();
		read(mvc, asAdmin(importCsv("units", "code,name,kind,parent_code,valid_from,valid_to\n" + a + "-H1,Tổ 1,OTHER,"
				+ a + ",2025-07-01,\n" + a + "-H2,Tổ 2,OTHER," + a + ",2025-07-01,\n")));
		read(mvc, asAdmin(post("/api/v1/units/restructurings").contentType(MediaType.APPLICATION_JSON).content("""
				{"kind":"MERGE","effectiveOn":"2026-01-01","from":["%1$s-H1","%1$s-H2"],
				 "into":[{"code":"%1$s-HN","name":"Tổ hợp nhất","kind":"OTHER","parentCode":"%1$s"}]}""".formatted(a))));
		for (JsonNode handover : read(mvc, asAdmin(get("/api/v1/handovers")))) {
			if (handover.get("giverCode").asString().equals(a + "-H1")) {
				return handover.get("id").asLong();
			}
		}
		throw new IllegalStateException("Fixture set-up failed: no handover in commune A");
	}

	/** The slot filling a variable of a pattern; a variable nobody described names nothing that exists. */
	public Slot slot(String pattern, String variable) {
		return slots.stream()
			.filter(slot -> pattern.startsWith(slot.prefix()) && slot.variable().equals(variable))
			.findFirst()
			.orElse(new Slot(pattern, variable, Owner.NONE, List.of("999999999"), "999999999"));
	}

	/** Whether the fixture holds a record for every variable of the pattern (rather than only a value naming nothing). */
	public boolean holdsRecordsFor(String pattern, List<String> variables) {
		return variables.stream().map(variable -> slot(pattern, variable))
			.noneMatch(slot -> slot.values().equals(List.of(slot.missing())));
	}

	/** Whether the caller may see every record the pattern's variables name. */
	boolean sees(Caller caller, Endpoints.Endpoint endpoint) {
		return endpoint.variables().stream().map(variable -> slot(endpoint.pattern(), variable).owner()).allMatch(owner ->
			switch (owner) {
				case NONE -> true;
				case ADMIN -> caller == Caller.ADMIN;
				case COMMUNE_A -> caller != Caller.OUTSIDER && caller != Caller.ANONYMOUS;
			});
	}

	/** Whether any variable of the pattern names a record (rather than a dataset or a move). */
	boolean namesARecord(Endpoints.Endpoint endpoint) {
		return endpoint.variables().stream().anyMatch(variable -> slot(endpoint.pattern(), variable).owner() != Owner.NONE);
	}

	/** The request as the caller sends it: a session and the CSRF token for pages, an API token for the API. */
	public AbstractMockHttpServletRequestBuilder<?> as(Caller caller, Endpoints.Call call,
			AbstractMockHttpServletRequestBuilder<?> request) {
		if (caller == Caller.ANONYMOUS) {
			return call.endpoint().api() ? request : request.with(csrf());
		}
		return call.endpoint().api() ? request.header("Authorization", "Bearer " + tokens.get(caller))
				: request.cookie(sessions.get(caller)).with(csrf());
	}

	/** Lets the background import end, so that nothing it writes lands in the middle of a test. */
	private void awaitFinished(MockMvc mvc, String job) throws Exception {
		for (int polls = 0; polls < 600; polls++) {
			String page = mvc.perform(get(job).cookie(sessions.get(Caller.ADMIN))).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			if (!page.contains("hx-trigger")) {
				return;
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("The fixture's import " + job + " did not finish");
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

	private static JsonNode read(MockMvc mvc, RequestBuilder request) throws Exception {
		var response = mvc.perform(request).andReturn().getResponse();
		expect(response.getStatus() / 100, 2, response.getContentAsString());
		return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private static void expect(int actual, int expected, String context) {
		if (actual != expected) {
			throw new IllegalStateException("Fixture set-up failed (" + actual + "): " + context);
		}
	}
}
