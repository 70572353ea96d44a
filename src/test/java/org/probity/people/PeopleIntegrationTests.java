package org.probity.people;

import static org.hamcrest.Matchers.hasItem;
import static org.probity.Api.asAdmin;
import static org.probity.Api.importCsv;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ProbityIntegrationTest
class PeopleIntegrationTests {

	@Autowired
	MockMvc mvc;

	Province province;

	@BeforeEach
	void province() throws Exception {
		province = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("people", province.peopleCsv())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(2));
	}

	@Test
	void nameWithoutDiacriticsFindsTheVietnameseName() throws Exception {
		for (String typed : new String[] { "Tran Quoc Cuong", "tran quoc cuong", "Cường Trần", "TRẦN QUỐC" }) {
			mvc.perform(asAdmin(get("/api/v1/people").param("q", typed).param("unit", province.code())))
				.andExpect(jsonPath("$.page.totalElements").value(1))
				.andExpect(jsonPath("$.content[0].fullName").value("Trần Quốc Cường"));
		}
	}

	@Test
	void filtersByMembershipAndPost() throws Exception {
		mvc.perform(asAdmin(get("/api/v1/people").param("unit", province.code()).param("member", "false")))
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].code").value(province.personB()));
		mvc.perform(asAdmin(get("/api/v1/people").param("unit", province.code()).param("position", "bí thư")))
			.andExpect(jsonPath("$.content[0].code").value(province.personA()));
		mvc.perform(asAdmin(get("/api/v1/people").param("member", "perhaps")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("member"));
	}

	@Test
	void aNewPostClosesTheOpenOneAndReimportDoesNotDuplicate() throws Exception {
		String promoted = province.peopleCsv().replace("Bí thư chi bộ", "Chủ tịch UBND xã");
		mvc.perform(asAdmin(importCsv("people", promoted))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("people", promoted))).andExpect(status().isOk());

		mvc.perform(asAdmin(get("/api/v1/people/" + province.personA())))
			.andExpect(jsonPath("$.person.position").value("Chủ tịch UBND xã"))
			.andExpect(jsonPath("$.positions.length()").value(2))
			.andExpect(jsonPath("$.positions[?(@.endedOn == null)].title").value("Chủ tịch UBND xã"));
		mvc.perform(asAdmin(get("/api/v1/people").param("unit", province.code())))
			.andExpect(jsonPath("$.page.totalElements").value(2));
	}

	@Test
	void badRowsAreEachNamedAndNothingIsImported() throws Exception {
		String csv = """
				code,full_name,birth_date,unit_code,position,party_member
				%1$s-P9,Phạm Văn Hùng,1975-02-30,%1$s-A,,true
				%1$s-P10,Vũ Thị Mai,1980-01-01,NO-SUCH-UNIT,,yes
				%1$s-P11,"Đỗ ""Hai"" Sơn",1960-01-01,%1$s-B,,false
				%1$s-P12,Hồ Văn An,1960-01-01
				""".formatted(province.code());
		mvc.perform(asAdmin(importCsv("people", csv)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rows[?(@.row == 2)].column").value("birth_date"))
			.andExpect(jsonPath("$.rows[?(@.row == 3)].column", hasItem("unit_code")))
			.andExpect(jsonPath("$.rows[?(@.row == 3)].column", hasItem("party_member")))
			.andExpect(jsonPath("$.rows[?(@.row == 5)].message").value("expected 6 values, found 3"))
			.andExpect(jsonPath("$.rejectedRows").value(4));
		mvc.perform(asAdmin(get("/api/v1/people/" + province.code() + "-P11"))).andExpect(status().isNotFound());
	}

	@Test
	void nulCharactersAreRefusedNamingTheFieldOrRow() throws Exception {
		mvc.perform(asAdmin(get("/api/v1/people").param("q", "Tr\u0000n")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("q"));
		String csv = "code,full_name,birth_date,unit_code,position,party_member\n" + province.code()
				+ "-P7,Tr\u0000n,,"  + province.communeA() + ",,true\n";
		mvc.perform(asAdmin(importCsv("people", csv)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rows[0].row").value(2))
			.andExpect(jsonPath("$.rows[0].column").value("full_name"));
	}
}
