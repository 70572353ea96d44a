package org.probity.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probity.Api.as;
import static org.probity.Api.asAdmin;
import static org.probity.Api.createUser;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Splits and moves, and the restructurings that are refused, naming the field at fault. */
@ProbityIntegrationTest
class RestructuringIntegrationTests {

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
	void aSplitHandsTheRecordsToTheCustodianAndOnlyItsOfficersSeeThem() throws Exception {
		JsonNode report = report(h.commune(4));
		mvc.perform(h.splitFourth()).andExpect(status().isCreated())
			.andExpect(jsonPath("$.custodian").value(h.code() + "-S2"));
		JsonNode split = read(asAdmin(get("/api/v1/units/" + h.commune(4))));
		assertThat(split.get("successors")).hasSize(2);
		assertThat(split.at("/successors/0/kind").asString()).isEqualTo("SPLIT");
		assertThat(split.at("/unit/validTo").asString()).isEqualTo("2025-12-31");
		JsonNode handover = read(asAdmin(get("/api/v1/handovers"))).valueStream()
			.filter(each -> each.get("giverCode").asString().equals(h.commune(4)))
			.findFirst().orElseThrow();
		assertThat(handover.get("receiverCode").asString()).isEqualTo(h.code() + "-S2");
		assertThat(handover.get("reason").asString()).isEqualTo("SPLIT");
		assertThat(handover.get("recordCount").asInt()).isEqualTo(5);
		String keeper = user(h.code() + "-S2");
		String other = user(h.code() + "-S1");
		mvc.perform(as(keeper, get("/api/v1/discipline/" + h.commune(4) + "-D1"))).andExpect(status().isOk());
		mvc.perform(as(other, get("/api/v1/discipline/" + h.commune(4) + "-D1"))).andExpect(status().isNotFound());
		assertThat(report(h.commune(4))).isEqualTo(report);
	}

	@Test
	void aMovedUnitTakesItsRecordsUnderItsNewParent() throws Exception {
		JsonNode report = report(h.other());
		mvc.perform(h.restructure("""
				{"kind":"MOVE","effectiveOn":"2026-01-01","from":["%s"],"parentCode":"%s"}"""
			.formatted(h.other(), h.otherProvince()))).andExpect(status().isCreated())
			.andExpect(jsonPath("$.movedTo").value("/" + h.otherProvince() + "/" + h.other() + "/"));
		JsonNode moved = read(asAdmin(get("/api/v1/units/" + h.other())));
		assertThat(moved.at("/unit/parentCode").asString()).isEqualTo(h.otherProvince());
		assertThat(moved.at("/unit/path").asString()).isEqualTo("/" + h.otherProvince() + "/" + h.other() + "/");
		assertThat(report(h.other())).isEqualTo(report);
		String newProvince = user(h.otherProvince());
		String oldProvince = user(h.code());
		mvc.perform(as(newProvince, get("/api/v1/discipline/" + h.other() + "-D1"))).andExpect(status().isOk());
		mvc.perform(as(oldProvince, get("/api/v1/discipline/" + h.other() + "-D1"))).andExpect(status().isNotFound());
	}

	@Test
	void badRestructuringsAreRefusedNamingTheField() throws Exception {
		refused("""
				{"kind":"MERGE","effectiveOn":"2026-01-01","from":["%s","NO-SUCH-UNIT"],
				 "into":[{"code":"%s-N","name":"Xã Mới","kind":"COMMUNE","parentCode":"%s"}]}"""
			.formatted(h.commune(1), h.code(), h.code()), 400, "from[1]");
		refused("""
				{"kind":"MERGE","from":["%s","%s"],
				 "into":[{"code":"%s-N","name":"Xã Mới","kind":"COMMUNE","parentCode":"%s"}]}"""
			.formatted(h.commune(1), h.commune(2), h.code(), h.code()), 400, "effectiveOn");
		refused("""
				{"kind":"MERGE","effectiveOn":"2026-01-01","from":["%s","%s"],"into":[{"code":"%s"}]}"""
			.formatted(h.commune(1), h.commune(2), h.commune(1)), 400, "into[0].code");
		refused("""
				{"kind":"MERGE","effectiveOn":"2026-01-01","from":["%s","%s"],"into":[{"code":"%s"}]}"""
			.formatted(h.commune(1), h.commune(1), h.commune(2)), 400, "from[1]");
		refused("""
				{"kind":"MOVE","effectiveOn":"2026-01-01","from":["%s"],"parentCode":"%s"}"""
			.formatted(h.code(), h.commune(1)), 400, "parentCode");
		refused("""
				{"kind":"SPLIT","effectiveOn":"2026-01-01","from":["%1$s"],"custodian":"%1$s",
				 "into":[{"code":"%2$s-S1","name":"Một","kind":"COMMUNE","parentCode":"%2$s"},
				         {"code":"%2$s-S2","name":"Hai","kind":"COMMUNE","parentCode":"%2$s"}]}"""
			.formatted(h.commune(4), h.code()), 400, "custodian");
		refused("""
				{"kind":"MERGE","effectiveOn":"2025-06-30","from":["%s","%s"],"into":[{"code":"%s"}]}"""
			.formatted(h.commune(1), h.commune(2), h.commune(3)), 400, "effectiveOn");
		mvc.perform(as(user(h.code()), get("/api/v1/units/" + h.commune(1)))).andExpect(status().isOk())
			.andExpect(jsonPath("$.unit.validTo").doesNotExist());
		assertThat(read(asAdmin(get("/api/v1/units/" + h.commune(1)))).get("successors")).isEmpty();
	}

	private void refused(String json, int status, String field) throws Exception {
		mvc.perform(h.restructure(json))
			.andExpect(status().is(status))
			.andExpect(jsonPath("$.errors[0].field").value(field));
	}

	JsonNode report(String unit) throws Exception {
		return read(asAdmin(get("/api/v1/reports/oversight").param("unit", unit).param("from", "2025-01-01")
			.param("to", "2025-12-31")));
	}

	String user(String unit) throws Exception {
		String name = Api.unique("officer");
		mvc.perform(createUser(name, "OFFICER", unit)).andExpect(status().isCreated());
		return name;
	}

	JsonNode read(MockHttpServletRequestBuilder request) throws Exception {
		return JSON.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}
}
