package org.probity.integrity;

import static org.probity.Api.as;
import static org.probity.Api.asAdmin;
import static org.probity.integrity.IntegrityFixtures.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A signal is acknowledged, then resolved, each with who, when and a note; it is never raised twice. */
@ProbityIntegrationTest
class SignalHandlingIntegrationTests {

	@Autowired
	MockMvc mvc;

	Province province;

	String officer;

	long signal;

	@BeforeEach
	void aSignalAboutAPersonWithDiscipline() throws Exception {
		province = IntegrityFixtures.province(mvc);
		officer = IntegrityFixtures.user(mvc, "OFFICER", province.communeA());
		IntegrityFixtures.discipline(mvc, Api.unique("D"), province.personA(), province.communeA(), "2025-01-10");
		vet("2025-06-01");
		String body = mvc.perform(asAdmin(get("/api/v1/signals").param("kind", "VETTING_CONCERN")
				.param("unit", province.communeA()))).andReturn().getResponse().getContentAsString();
		signal = ((Number) JsonPath.read(body, "$.content[0].id")).longValue();
	}

	@Test
	void anOpenSignalIsAcknowledgedThenResolvedAndEachMoveOnlyOnce() throws Exception {
		mvc.perform(as(officer, note(signal, "acknowledge", "Đã giao phòng kiểm tra xem xét")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ACKNOWLEDGED"))
			.andExpect(jsonPath("$.acknowledged.by").value(officer))
			.andExpect(jsonPath("$.acknowledged.note").value("Đã giao phòng kiểm tra xem xét"));
		mvc.perform(as(officer, note(signal, "acknowledge", "Lần nữa"))).andExpect(status().isConflict());
		mvc.perform(as(officer, note(signal, "resolve", "Đã báo cáo Thường trực"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("RESOLVED"))
			.andExpect(jsonPath("$.resolved.by").value(officer))
			.andExpect(jsonPath("$.acknowledged.by").value(officer));
		mvc.perform(as(officer, note(signal, "resolve", "Lần nữa"))).andExpect(status().isConflict());
	}

	@Test
	void theSameSubjectKeepsOneSignalAndNewEvidenceOpensAResolvedOneAgain() throws Exception {
		mvc.perform(asAdmin(note(signal, "resolve", "Không bổ nhiệm"))).andExpect(status().isOk());
		vet("2025-07-01");
		vet("2025-08-01");

		mvc.perform(asAdmin(get("/api/v1/signals").param("kind", "VETTING_CONCERN").param("unit", province.communeA())))
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(signal))
			.andExpect(jsonPath("$.content[0].state").value("OPEN"))
			.andExpect(jsonPath("$.content[0].evidence.length()").value(4));
	}

	@Test
	void aMissingNoteIsRefusedNamingItAndReadersWhoMayNotActAreRefused() throws Exception {
		mvc.perform(as(officer, json(post("/api/v1/signals/" + signal + "/acknowledge"), "{\"note\":\"  \"}")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		String auditor = IntegrityFixtures.user(mvc, "AUDITOR", province.communeA());
		String receptionist = IntegrityFixtures.user(mvc, "RECEPTIONIST", province.communeA());
		mvc.perform(as(auditor, get("/api/v1/signals/" + signal))).andExpect(status().isOk());
		mvc.perform(as(auditor, note(signal, "acknowledge", "Kiểm toán"))).andExpect(status().isForbidden());
		mvc.perform(as(receptionist, get("/api/v1/signals"))).andExpect(status().isForbidden());
		mvc.perform(as(officer, json(post("/api/v1/signals/thresholds/" + province.communeA()), "{\"stuckDays\":30}")))
			.andExpect(status().isForbidden());
		mvc.perform(asAdmin(get("/api/v1/signals/" + signal))).andExpect(jsonPath("$.state").value("OPEN"));
	}

	@Test
	void aThresholdOutOfRangeIsRefusedNamingItAndNothingIsSaved() throws Exception {
		mvc.perform(asAdmin(json(post("/api/v1/signals/thresholds/" + province.communeA()),
				"{\"stuckDays\":30,\"repeatCount\":0}")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("repeatCount"));
		mvc.perform(asAdmin(json(post("/api/v1/signals/thresholds/" + province.communeA()), "{\"surgeFactor\":-1}")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("surgeFactor"));
		mvc.perform(asAdmin(get("/api/v1/signals/thresholds").param("unit", province.communeA())))
			.andExpect(jsonPath("$.own").doesNotExist())
			.andExpect(jsonPath("$.effective.stuckDays").value(180));
	}

	private void vet(String on) throws Exception {
		mvc.perform(asAdmin(json(post("/api/v1/vetting-requests"), """
				{"personCode":"%s","purpose":"POST","postName":"Chủ tịch UBND xã","requestedBy":"%s","requestedOn":"%s"}"""
			.formatted(province.personA(), province.communeA(), on)))).andExpect(status().isCreated());
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder note(long id, String move,
			String note) {
		return json(post("/api/v1/signals/" + id + "/" + move), "{\"note\":\"" + note + "\"}");
	}
}
