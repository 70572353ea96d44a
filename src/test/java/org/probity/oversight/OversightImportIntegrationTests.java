package org.probity.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probity.Api.asAdmin;
import static org.probity.Api.importCsv;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The import writes in batches, yet rows of one activity far apart in the file still make one activity, once. */
@ProbityIntegrationTest
class OversightImportIntegrationTests {

	static final int ACTIVITIES = 1300;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aLargeFileUpsertsByRefAcrossBatches() throws Exception {
		Province province = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("people", province.peopleCsv()))).andExpect(status().isOk());
		String open = file(province, "", "");
		mvc.perform(asAdmin(importCsv("oversight", open))).andExpect(jsonPath("$.imported").value(2 * ACTIVITIES));
		String concluded = file(province, "2025-06-30", "SHORTCOMINGS");
		mvc.perform(asAdmin(importCsv("oversight", concluded))).andExpect(jsonPath("$.imported").value(2 * ACTIVITIES));

		String refs = province.code() + "-B%";
		assertThat(count("select count(*) from oversight_activities where ref like ?", refs)).isEqualTo(ACTIVITIES);
		assertThat(count("select count(*) from oversight_targets t join oversight_activities a on a.id = t.activity_id "
				+ "where a.ref like ?", refs)).isEqualTo(2L * ACTIVITIES);
		assertThat(count("select count(*) from oversight_targets t join oversight_activities a on a.id = t.activity_id "
				+ "where a.ref like ? and t.outcome = 'SHORTCOMINGS' and a.concluded_on is not null", refs))
			.isEqualTo(2L * ACTIVITIES);
		assertThat(count("select count(*) from oversight_targets t join oversight_activities a on a.id = t.activity_id "
				+ "where a.ref like ? and t.target_kind = 'PERSON' and t.target_path like ?", refs,
				"%/" + province.cellA() + "/")).isEqualTo(ACTIVITIES);
	}

	/** Each activity's cell row comes first, its person row {@value #ACTIVITIES} rows later, past a batch's end. */
	private static String file(Province province, String concludedOn, String outcome) {
		StringBuilder rows = new StringBuilder(OversightFixtures.HEADER);
		for (String kind : new String[] { "UNIT", "PERSON" }) {
			String target = kind.equals("UNIT") ? province.cellA() : province.personA();
			for (int i = 0; i < ACTIVITIES; i++) {
				rows.append(String.join(",", province.code() + "-B" + i, "INSPECTION", "COMMITTEE", province.communeA(),
						"REGULAR", kind, target, "2025-03-01", concludedOn, outcome)).append('\n');
			}
		}
		return rows.toString();
	}

	private long count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}
}
