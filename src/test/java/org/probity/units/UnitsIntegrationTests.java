package org.probity.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.probity.Api.asAdmin;
import static org.probity.Api.importCsv;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.probity.shared.Jurisdiction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ProbityIntegrationTest
class UnitsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitManagement units;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void importedTreeIsReadWithChildrenAndMaterialisedPaths() throws Exception {
		Province province = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dataset").value("units"))
			.andExpect(jsonPath("$.imported").value(4));

		mvc.perform(asAdmin(get("/api/v1/units/" + province.communeA())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unit.path").value("/" + province.code() + "/" + province.communeA() + "/"))
			.andExpect(jsonPath("$.unit.kind").value("COMMUNE"))
			.andExpect(jsonPath("$.children[*].code", hasItem(province.cellA())))
			.andExpect(jsonPath("$.ancestors[*].code", hasItem(province.code())));
		mvc.perform(asAdmin(get("/api/v1/units")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItem(province.code())));
	}

	@Test
	void reimportUpdatesByCodeWithoutDuplicates() throws Exception {
		Province province = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		String renamed = province.unitsCsv().replace("Xã Bình Minh", "Phường Bình Minh");
		mvc.perform(asAdmin(importCsv("units", renamed))).andExpect(status().isOk());

		long inProvince = Jurisdiction.asSystem(() -> units.search(province.code(), 50).size());
		assertThat(inProvince).isEqualTo(4);
		assertThat(Jurisdiction.asSystem(() -> units.find(province.communeB())).orElseThrow().name())
			.isEqualTo("Phường Bình Minh");
	}

	@Test
	void aFileWithBadRowsImportsNothingAndNamesEveryRow() throws Exception {
		Province province = Province.fresh();
		String csv = """
				code,name,kind,parent_code,valid_from,valid_to
				%1$s,Tỉnh,PROVINCE,,,
				%1$s-X,Xã X,VILLAGE,%1$s,,
				%1$s-Y,,COMMUNE,%1$s,2025-13-01,
				%1$s-Z,Xã Z,COMMUNE,NOWHERE-%1$s,,
				""".formatted(province.code());
		mvc.perform(asAdmin(importCsv("units", csv)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail", containsString("nothing was imported")))
			.andExpect(jsonPath("$.rows[?(@.row == 3)].column").value("kind"))
			.andExpect(jsonPath("$.rows[?(@.row == 4)].column", hasItem("name")))
			.andExpect(jsonPath("$.rows[?(@.row == 4)].column", hasItem("valid_from")))
			.andExpect(jsonPath("$.rows[?(@.row == 5)].column").value("parent_code"))
			.andExpect(jsonPath("$.rows[?(@.row == 2)]").isEmpty());
		assertThat(Jurisdiction.asSystem(() -> units.find(province.code()))).isEmpty();
	}

	@Test
	void headerAndEncodingProblemsAreReportedOnTheirRows() throws Exception {
		mvc.perform(asAdmin(importCsv("units", "code,name,kind\nX,Y,COMMUNE\n")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rows[*].column", hasItem("parent_code")))
			.andExpect(jsonPath("$.rows[0].row").value(1));
		byte[] latin1 = "code,name,kind,parent_code,valid_from,valid_to\nQ1,X\u00e3 \u00e9,COMMUNE,,,\n"
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		mvc.perform(asAdmin(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/imports/units").contentType("text/csv").content(latin1)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rows[0].message", containsString("UTF-8")));
		mvc.perform(asAdmin(importCsv("nonsense", "a\n1\n"))).andExpect(status().isNotFound());
	}

	@Test
	void aUnitGivenANewParentMovesWithItsSubtree() throws Exception {
		Province province = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("people", province.peopleCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/petitions")
			.contentType("application/json").content("{\"kind\":\"REFLECTION\",\"channel\":\"MAIL\",\"receivedOn\":\"2024-01-05\","
					+ "\"receivedBy\":\"" + province.communeA() + "\",\"anonymous\":true,\"content\":\"Đường hỏng\"}")))
			.andExpect(status().isCreated());
		String moved = "code,name,kind,parent_code,valid_from,valid_to\n" + province.communeA()
				+ ",Xã An Bình,COMMUNE," + province.communeB() + ",,\n";
		mvc.perform(asAdmin(importCsv("units", moved))).andExpect(status().isOk());

		String expected = "/" + province.code() + "/" + province.communeB() + "/" + province.communeA() + "/"
				+ province.cellA() + "/";
		assertThat(Jurisdiction.asSystem(() -> units.find(province.cellA())).orElseThrow().path()).isEqualTo(expected);
		mvc.perform(asAdmin(get("/api/v1/people").param("unit", province.communeB())))
			.andExpect(jsonPath("$.content[*].code", hasItem(province.personA())));
		for (String table : new String[] { "people", "petitions" }) {
			assertThat(jdbc.queryForObject("select count(*) from " + table + " where scope_path like ?", Integer.class,
					"/" + province.code() + "/" + province.communeA() + "/%")).as(table).isZero();
		}
	}
}
