package org.probity.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.probity.Api.asAdmin;
import static org.probity.Api.importCsv;
import static org.probity.cases.CaseFixtures.json;
import static org.probity.cases.CaseFixtures.opened;
import static org.probity.cases.CaseFixtures.recovery;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.probity.shared.Jurisdiction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Damage and recoveries are VND summed exactly, whatever their size, and shown in the reader's language. */
@ProbityIntegrationTest
class CaseMoneyIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseManagement cases;

	long id;

	@BeforeEach
	void aCaseWithADamageOfOverATrillion() throws Exception {
		Province province = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		id = opened(mvc, CaseFixtures.landCase(province.communeA(), "2024-01-10"));
		mvc.perform(asAdmin(json(post("/api/v1/cases/" + id + "/damage"), "{\"damage\":1234567890123.45}")))
			.andExpect(status().isOk());
	}

	@Test
	void recoveriesAreSummedExactlyToTheCent() throws Exception {
		mvc.perform(asAdmin(recovery(id, "2024-03-01", "0.1"))).andExpect(status().isCreated());
		mvc.perform(asAdmin(recovery(id, "2024-03-02", "0.2"))).andExpect(status().isCreated());
		assertThat(details().recovered()).isEqualTo(new BigDecimal("0.30"));
		mvc.perform(asAdmin(recovery(id, "2024-04-01", "1234567890000.10"))).andExpect(status().isCreated());
		mvc.perform(asAdmin(recovery(id, "2024-05-01", "123.05"))).andExpect(status().isCreated());

		CaseDetails details = details();
		assertThat(details.damage()).isEqualTo(new BigDecimal("1234567890123.45"));
		assertThat(details.recovered()).isEqualTo(new BigDecimal("1234567890123.45"));
		assertThat(details.outstanding()).isEqualTo(new BigDecimal("0.00"));
		assertThat(details.recoveries()).extracting(CaseDetails.RecoveryView::amount)
			.containsExactly(new BigDecimal("0.10"), new BigDecimal("0.20"), new BigDecimal("1234567890000.10"),
					new BigDecimal("123.05"));
	}

	@Test
	void thePageWritesTotalsInTheReadersLanguage() throws Exception {
		mvc.perform(asAdmin(recovery(id, "2024-03-01", "1234567890000"))).andExpect(status().isCreated());
		Cookie admin = Api.signIn(mvc, Api.ADMIN, Api.ADMIN_PASSWORD);
		mvc.perform(get("/cases/" + id).cookie(admin).param("lang", "en"))
			.andExpect(content().string(containsString("1,234,567,890,123.45 ₫")))
			.andExpect(content().string(containsString("1,234,567,890,000 ₫")))
			.andExpect(content().string(containsString("123.45 ₫")));
		mvc.perform(get("/cases/" + id).cookie(admin).param("lang", "vi"))
			.andExpect(content().string(containsString("1.234.567.890.123,45 ₫")))
			.andExpect(content().string(containsString("1.234.567.890.000 ₫")));
	}

	@Test
	void anAmountThatIsNotExactVndIsRefusedNamingTheField() throws Exception {
		for (String amount : new String[] { "0", "-5", "0.001", "10000000000000000000", "1e999999999", "1e-999999999" }) {
			mvc.perform(asAdmin(recovery(id, "2024-03-01", amount)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("amount"));
		}
		mvc.perform(asAdmin(recovery(id, "2024-03-01", "\"many\""))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("amount"));
		mvc.perform(asAdmin(recovery(id, "2024-01-09", "5"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("recoveredOn"));
		mvc.perform(asAdmin(recovery(id, "2024-03-01", "9999999999999999999.99"))).andExpect(status().isCreated());
		assertThat(details().recovered()).isEqualTo(new BigDecimal("9999999999999999999.99"));
		mvc.perform(asAdmin(json(post("/api/v1/cases/" + id + "/damage"), "{\"damage\":-1}")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("damage"));
	}

	private CaseDetails details() {
		return Jurisdiction.asSystem(() -> cases.find(id)).orElseThrow();
	}
}
