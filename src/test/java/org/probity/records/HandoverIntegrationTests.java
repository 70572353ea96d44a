package org.probity.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probity.Api.as;
import static org.probity.Api.asAdmin;
import static org.probity.Api.createUser;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Three communes merged into one: every record handed over, both sides signed, the old communes' reports unchanged. */
@ProbityIntegrationTest
class HandoverIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	HandoverFixtures h;

	@BeforeEach
	void aProvinceOfRecords() throws Exception {
		h = HandoverFixtures.fresh();
		for (MockHttpServletRequestBuilder request : h.imports()) {
			mvc.perform(request).andExpect(status().isOk());
		}
	}

	@Test
	void mergingThreeCommunesHandsEveryRecordOverAndLeavesTheirReportsUnchanged() throws Exception {
		Map<String, JsonNode> before = new HashMap<>();
		for (int n = 1; n <= 3; n++) {
			before.put(h.commune(n), report(h.commune(n)));
			assertThat(before.get(h.commune(n)).at("/petitions/received").asLong()).as("the fixture counts").isEqualTo(2);
		}
		JsonNode merged = read(h.mergeThree(), 201);
		assertThat(merged.get("opened").get(0).asString()).isEqualTo(h.merged());
		List<JsonNode> handovers = handoversTo(h.merged());
		assertThat(handovers).hasSize(3);
		String receiver = user("LEADER", h.merged());
		for (JsonNode handover : handovers) {
			long id = handover.get("id").asLong();
			// two activities, a decision, two petitions
			assertThat(handover.get("recordCount").asInt()).isEqualTo(5);
			assertThat(handover.at("/counts/petitions").asInt()).isEqualTo(2);
			assertThat(handover.at("/counts/oversight").asInt()).isEqualTo(2);
			assertThat(handover.at("/counts/discipline").asInt()).isEqualTo(1);
			String giver = user("LEADER", handover.get("giverCode").asString());
			assertThat(read(as(giver, signOff(id, "GIVER", null)), 200).get("status").asString())
				.isEqualTo("AWAITING_RECEIVER");
			assertThat(read(as(receiver, signOff(id, "RECEIVER", null)), 200).get("status").asString())
				.isEqualTo("ACCEPTED");
			JsonNode check = read(as(receiver, post("/api/v1/handovers/" + id + "/check")), 200);
			assertThat(check.get("clean").asBoolean()).as(check.toString()).isTrue();
			assertThat(check.get("missing")).isEmpty();
			assertThat(check.get("currentDigest").asString()).isEqualTo(handover.get("overallDigest").asString());
		}
		for (int n = 1; n <= 3; n++) {
			assertThat(report(h.commune(n))).as(h.commune(n)).isEqualTo(before.get(h.commune(n)));
			JsonNode old = read(asAdmin(get("/api/v1/units/" + h.commune(n))), 200);
			assertThat(old.at("/unit/validTo").asString()).isEqualTo("2025-12-31");
			assertThat(old.at("/successors/0/unit/code").asString()).isEqualTo(h.merged());
		}
		JsonNode successor = read(asAdmin(get("/api/v1/units/" + h.merged())), 200);
		assertThat(successor.get("predecessors")).hasSize(3);
		assertThat(successor.at("/predecessors/0/kind").asString()).isEqualTo("MERGE");
	}

	@Test
	void theSuccessorsOfficerSeesTheHandedOverRecordsAndAnotherCommunesOfficerDoesNot() throws Exception {
		read(h.mergeThree(), 201);
		String successor = user("OFFICER", h.merged());
		String outsider = user("OFFICER", h.other());
		String decision = h.commune(2) + "-D1";
		mvc.perform(as(successor, get("/api/v1/discipline/" + decision))).andExpect(status().isOk());
		mvc.perform(as(successor, get("/api/v1/oversight/activities/" + h.commune(3) + "-K1"))).andExpect(status().isOk());
		mvc.perform(as(outsider, get("/api/v1/discipline/" + decision))).andExpect(status().isNotFound());
		mvc.perform(as(successor, get("/api/v1/discipline/" + h.other() + "-D1"))).andExpect(status().isNotFound());
		JsonNode petitions = read(as(successor, get("/api/v1/petitions")), 200);
		assertThat(petitions.at("/page/totalElements").asLong()).as("two petitions of each old commune").isEqualTo(6);
		assertThat(read(as(successor, get("/api/v1/handovers")), 200)).hasSize(3);
		assertThat(read(as(outsider, get("/api/v1/handovers")), 200)).isEmpty();
		long id = handoversTo(h.merged()).getFirst().get("id").asLong();
		mvc.perform(as(outsider, get("/api/v1/handovers/" + id))).andExpect(status().isNotFound());
		mvc.perform(as(successor, get("/api/v1/units/" + h.commune(1)))).andExpect(status().isOk());
	}

	@Test
	void theCheckFindsARecordRemovedChangedOrAddedAfterTheManifest() throws Exception {
		read(h.mergeThree(), 201);
		long id = handoversFrom(h.commune(1)).get("id").asLong();
		mvc.perform(asAdmin(Api.importCsv("discipline", "ref,target_kind,target_code,form,decided_by,decided_on,reason\n"
				+ h.commune(1) + "-D1,PERSON," + h.commune(1) + "-P,WARNING," + h.code()
				+ ",2025-09-01,Lý do đã bị sửa sau khi bàn giao\n" + h.commune(1) + "-D2,PERSON," + h.commune(1) + "-P,"
				+ "REPRIMAND," + h.code() + ",2025-12-01,Quyết định ghi thêm sau khi bàn giao\n")))
			.andExpect(status().isOk());
		jdbc.update("delete from oversight_targets where activity_id = (select id from oversight_activities where ref = ?)",
				h.commune(1) + "-K2");
		jdbc.update("delete from oversight_activities where ref = ?", h.commune(1) + "-K2");
		JsonNode check = read(asAdmin(post("/api/v1/handovers/" + id + "/check")), 200);
		assertThat(check.get("clean").asBoolean()).isFalse();
		assertThat(ids(check.get("missing"))).containsExactly("oversight/" + h.commune(1) + "-K2");
		assertThat(ids(check.get("changed"))).containsExactly("discipline/" + h.commune(1) + "-D1");
		assertThat(ids(check.get("added"))).containsExactly("discipline/" + h.commune(1) + "-D2");
		assertThat(read(asAdmin(get("/api/v1/handovers/" + id)), 200).at("/handover/checkDifferences").asInt())
			.isEqualTo(3);
	}

	@Test
	void theMinutesPrintAsPdfAndThePageOffersTheReceiverItsSignOff() throws Exception {
		read(h.mergeThree(), 201);
		long id = handoversFrom(h.commune(1)).get("id").asLong();
		String giver = user("LEADER", h.commune(1));
		read(as(giver, signOff(id, "GIVER", null)), 200);
		byte[] pdf = mvc.perform(asAdmin(get("/api/v1/handovers/" + id + "/minutes.pdf"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		String receiver = user("LEADER", h.merged());
		var session = Api.signIn(mvc, receiver, Api.PASSWORD);
		String page = mvc.perform(get("/handovers/" + id).cookie(session)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("name=\"side\" value=\"RECEIVER\"").contains(h.commune(1) + "-D1");
		assertThat(read(as(giver, signOff(id, "RECEIVER", null)), 409).at("/errors/0/field").asString())
			.as("the giver cannot receive").isEqualTo("side");
		JsonNode disputed = read(as(receiver, signOff(id, "RECEIVER", "Thiếu một tờ trình")), 200);
		assertThat(disputed.get("status").asString()).isEqualTo("DISPUTED");
	}

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	JsonNode report(String unit) throws Exception {
		return read(asAdmin(get("/api/v1/reports/oversight").param("unit", unit).param("from", "2025-01-01")
			.param("to", "2025-12-31")), 200);
	}

	List<JsonNode> handoversTo(String receiver) throws Exception {
		List<JsonNode> found = new ArrayList<>();
		read(asAdmin(get("/api/v1/handovers")), 200).forEach(handover -> {
			if (handover.get("receiverCode").asString().equals(receiver)) {
				found.add(handover);
			}
		});
		return found;
	}

	JsonNode handoversFrom(String giver) throws Exception {
		for (JsonNode handover : read(asAdmin(get("/api/v1/handovers")), 200)) {
			if (handover.get("giverCode").asString().equals(giver)) {
				return handover;
			}
		}
		throw new AssertionError("no handover from " + giver);
	}

	static MockHttpServletRequestBuilder signOff(long id, String side, String discrepancies) {
		String text = discrepancies == null ? "null" : "\"" + discrepancies + "\"";
		return post("/api/v1/handovers/" + id + "/sign-off").contentType(MediaType.APPLICATION_JSON)
			.content("{\"side\":\"" + side + "\",\"discrepancies\":" + text + "}");
	}

	String user(String role, String unit) throws Exception {
		String name = Api.unique(role.toLowerCase());
		mvc.perform(createUser(name, role, unit)).andExpect(status().isCreated());
		return name;
	}

	static List<String> ids(JsonNode records) {
		List<String> ids = new ArrayList<>();
		records.forEach(record -> ids.add(record.get("type").asString() + "/" + record.get("id").asString()));
		return ids;
	}

	JsonNode read(MockHttpServletRequestBuilder request, int expected) throws Exception {
		var response = mvc.perform(request).andReturn().getResponse();
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(body).isEqualTo(expected);
		return JSON.readTree(body);
	}
}
