package org.probity.cases;

import static org.hamcrest.Matchers.containsString;
import static org.probity.Api.asAdmin;
import static org.probity.Api.importCsv;
import static org.probity.cases.CaseFixtures.landCase;
import static org.probity.cases.CaseFixtures.open;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Bad input to the cases API answers 400 problem+json naming the field, never a server error. */
@ProbityIntegrationTest
class CaseValidationIntegrationTests {

	@Autowired
	MockMvc mvc;

	Province province;

	@BeforeEach
	void province() throws Exception {
		province = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
	}

	@Test
	void aCaseWithABadFieldIsRefusedNamingIt() throws Exception {
		String good = landCase(province.communeA(), "2024-01-10");
		refused(good.replace("\"LAND\"", "\"SPACE\""), "field");
		refused(good.replace("CRIMINAL_CASE", "CIVIL"), "kind");
		refused(good.replace("\"kind\":\"CRIMINAL_CASE\",", ""), "kind");
		refused(good.replace("Sai phạm trong giao đất tại " + province.communeA(), " "), "title");
		refused(good.replace("Sai phạm", "x".repeat(501)), "title");
		refused(good.replace("\"unitCode\":\"" + province.communeA(), "\"unitCode\":\"NO-SUCH"), "unitCode");
		refused(good.replace("2024-01-10", LocalDate.now().plusDays(1).toString()), "detectedOn");
		refused(good.replace("2024-01-10", "10/01/2024"), "detectedOn");
		refused(good.replace("\"origin\":\"DIRECT\"", "\"origin\":\"PETITION\""), "originPetition");
		refused(good.replace("\"origin\":\"DIRECT\"", "\"origin\":\"PETITION\",\"originPetition\":999999999"),
				"originPetition");
		refused(good.replace("\"origin\":\"DIRECT\"", "\"origin\":\"INSPECTION_REFERRAL\",\"originActivity\":\"NONE\""),
				"originActivity");
		refused(good.replace("\"origin\":\"DIRECT\"", "\"origin\":\"DIRECT\",\"originActivity\":\"X\""),
				"originActivity");
		refused(good.replace("\"origin\":\"DIRECT\"", "\"origin\":\"DIRECT\",\"damage\":1.234"), "damage");
		refused(good.replace("\"origin\":\"DIRECT\"", "\"origin\":\"DIRECT\",\"reference\":\"a b\""), "reference");
		mvc.perform(asAdmin(open("{not json"))).andExpect(status().isBadRequest());
		mvc.perform(asAdmin(open(""))).andExpect(status().isBadRequest());
	}

	@Test
	void aGivenReferenceIsKeptAndNotTakenTwice() throws Exception {
		String reference = Api.unique("01-2024-HS-");
		String json = landCase(province.communeA(), "2024-01-10")
			.replace("\"origin\":\"DIRECT\"", "\"origin\":\"DIRECT\",\"reference\":\"" + reference + "\"");
		mvc.perform(asAdmin(open(json))).andExpect(status().isCreated())
			.andExpect(jsonPath("$.summary.reference").value(reference));
		mvc.perform(asAdmin(open(json))).andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("reference"));
	}

	@Test
	void aCaseReferredByAnInspectionKeepsItsOrigin() throws Exception {
		String activity = province.code() + "-K9";
		mvc.perform(asAdmin(importCsv("oversight", "ref,activity,body,conducted_by,programme,target_kind,target_code,"
				+ "started_on,concluded_on,outcome\n" + activity + ",INSPECTION,INSPECTION_COMMISSION," + province.code()
				+ ",SIGNS_OF_VIOLATION,UNIT," + province.communeA() + ",2024-01-02,2024-02-01,VIOLATION\n")))
			.andExpect(status().isOk());
		mvc.perform(asAdmin(open(landCase(province.communeA(), "2024-02-10").replace("\"origin\":\"DIRECT\"",
				"\"origin\":\"INSPECTION_REFERRAL\",\"originActivity\":\"" + activity + "\""))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.origin").value("INSPECTION_REFERRAL"))
			.andExpect(jsonPath("$.originActivity").value(activity))
			.andExpect(jsonPath("$.originPetition").doesNotExist());
	}

	@Test
	void badFiltersAndAddressesAreRefusedNamingTheParameter() throws Exception {
		mvc.perform(asAdmin(get("/api/v1/cases").param("stage", "NOWHERE"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("stage"));
		mvc.perform(asAdmin(get("/api/v1/cases").param("reachedFrom", "2024-01-01"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reached"));
		mvc.perform(asAdmin(get("/api/v1/cases").param("monitoredFrom", "2024-02-01").param("monitoredTo", "2024-01-01")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("monitoredTo"));
		mvc.perform(asAdmin(get("/api/v1/cases").param("monitoredFrom", "yesterday"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("monitoredFrom"));
		mvc.perform(asAdmin(get("/api/v1/cases").param("unit", "NO-SUCH"))).andExpect(status().isNotFound());
		mvc.perform(asAdmin(get("/api/v1/cases").param("page", "-3"))).andExpect(status().isOk());
		mvc.perform(asAdmin(get("/api/v1/cases").param("page", "2147483647"))).andExpect(status().isOk());
		mvc.perform(asAdmin(get("/api/v1/cases/defendants").param("page", "2147483647"))).andExpect(status().isOk());
		mvc.perform(asAdmin(get("/api/v1/cases/abc"))).andExpect(status().isBadRequest());
		mvc.perform(asAdmin(get("/api/v1/cases/999999999"))).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(asAdmin(CaseFixtures.advance(999999999, "VERIFYING", "2024-01-01"))).andExpect(status().isNotFound());
		mvc.perform(asAdmin(get("/api/v1/cases/figures").param("unit", province.code()).param("from", "2024-01-01")))
			.andExpect(status().isBadRequest());
		mvc.perform(asAdmin(get("/api/v1/cases/defendants").param("prosecutedFrom", "2024-05-01")
			.param("prosecutedTo", "2024-01-01")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("prosecutedTo")));
	}

	private ResultActions refused(String json, String field) throws Exception {
		return mvc.perform(asAdmin(open(json)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value(field));
	}
}
