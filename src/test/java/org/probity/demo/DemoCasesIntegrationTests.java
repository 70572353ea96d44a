package org.probity.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probity.Api.asAdmin;
import static org.probity.Api.importCsv;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.probity.ProbityIntegrationTest;
import org.probity.cases.CaseFigures;
import org.probity.cases.CaseManagement;
import org.probity.cases.CaseQuery;
import org.probity.shared.Jurisdiction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The demo's forty cases load over the demo province with dated stages, defendants, recoveries and monitoring. */
@ProbityIntegrationTest
class DemoCasesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoCases demo;

	@Autowired
	DemoHandling handling;

	@Autowired
	CaseFigures figures;

	@Autowired
	CaseManagement cases;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void fortyCasesWithAboutFifteenMonitoredByTheProvincialCommittee() throws Exception {
		DemoProvince province = new DemoProvince();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("people", province.peopleCsv(3000)))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("oversight", new DemoOversight().csv()))).andExpect(status().isOk());
		long before = count("select coalesce(max(id), 0) from corruption_case");

		handling.as("admin", demo::run);

		String mine = " from corruption_case c where c.id > " + before;
		assertThat(count("select count(*)" + mine + " and c.scope_path like '/VN/QN/%'")).isEqualTo(DemoCases.CASES);
		assertThat(count("select count(distinct c.stage)" + mine)).isGreaterThanOrEqualTo(6);
		assertThat(count("select count(*)" + mine + " and c.origin = 'INSPECTION_REFERRAL'")).isEqualTo(3);
		assertThat(count("select count(distinct m.case_id) from corruption_case_monitoring m where m.case_id > "
				+ before + " and m.committee_code = 'QN-TU'")).isEqualTo(15);
		assertThat(count("select count(*) from corruption_case_monitoring m where m.case_id > " + before
				+ " and m.removed_on is not null")).isGreaterThan(0);
		assertThat(count("select count(*) from corruption_case_defendants d where d.case_id > " + before))
			.isGreaterThan(40);
		assertThat(count("select count(*) from corruption_case_recoveries r where r.case_id > " + before))
			.isGreaterThan(20);
		LocalDate from = LocalDate.of(2021, 1, 1);
		LocalDate to = LocalDate.now();
		CaseFigures.Figures all = Jurisdiction.asSystem(() -> figures.of("QN", from, to));
		assertThat(all.monitored()).isGreaterThanOrEqualTo(15)
			.isEqualTo(Jurisdiction.asSystem(() -> cases.list(CaseQuery.monitoredIn("QN", from, to), 0)).getTotalElements());
	}

	private long count(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}
}
