package org.probity.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.probity.ProbityIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo province loads through the modules' own import path and shows every module with data. */
@ProbityIntegrationTest
class DemoIntegrationTests {

	@Autowired
	DemoLoader loader;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDemoProvinceHasEveryModuleWithData() {
		loader.fill();
		assertThat(count("select count(*) from units where path like '/VN/QN/%'")).isGreaterThan(100);
		assertThat(count("select count(*) from people where scope_path like '/VN/QN/%'")).isEqualTo(3000);
		assertThat(count("select count(*) from users where username in ('leader', 'officer', 'receptionist', 'auditor')"))
			.isEqualTo(4);
		assertThat(count("select count(*) from petitions where scope_path like '/VN/QN/%'")).isGreaterThan(250);
		assertThat(count("select count(distinct status) from petitions where scope_path like '/VN/QN/%'")).isGreaterThanOrEqualTo(6);
		assertThat(count("select count(*) from petitions where scope_path like '/VN/QN/%' and duplicate_of is not null"))
			.isGreaterThan(20);
		assertThat(count("select count(*) from reception_sessions where scope_path like '/VN/QN/%'")).isEqualTo(30);
		assertThat(count("select count(*) from unit_successions where successor_code = 'QN-16'")).isEqualTo(2);
		assertThat(count("select count(*) from oversight_targets")).isGreaterThanOrEqualTo(600);
		assertThat(count("select count(*) from discipline_decisions where scope_path like '/VN/QN/%'")).isGreaterThanOrEqualTo(80);
		assertThat(count("select count(*) from steering_meetings where scope_path like '/VN/QN/QN-TU/%'")).isEqualTo(30);
		assertThat(count("select count(*) from steering_programme_groups")).isGreaterThanOrEqualTo(6);
		assertThat(count("select count(*) from steering_directions where status = 'OPEN' and due_on < current_date"))
			.isPositive();
		assertThat(count("select count(*) from steering_targets where planned = 153 and achieved = 88")).isEqualTo(1);
		assertThat(count("select count(distinct unit_code) from steering_scores where unit_code like 'QN-01-CB%'"))
			.isGreaterThanOrEqualTo(3);
		assertThat(count("select count(*) from oversight_programmes where scope_path like '/VN/QN/%'")).isEqualTo(3);
		assertThat(count("select count(*) from oversight_planned_items")).isGreaterThanOrEqualTo(30);
		assertThat(count("select count(*) from oversight_remedial_actions where status = 'DONE'")).isGreaterThan(0);
		assertThat(count("select count(*) from oversight_remedial_actions where status = 'OPEN' and due_on < current_date"))
			.isGreaterThan(0);
		assertThat(count("select count(*) from oversight_referrals")).isGreaterThan(0);
		assertThat(count("select count(distinct status) from discipline_administrative")).isEqualTo(2);
		assertThat(count("select count(distinct disclosure) from discipline_decisions where scope_path like '/VN/QN/%'"))
			.isEqualTo(2);
		assertThat(count("select count(*) from corruption_case where scope_path like '/VN/QN/%'")).isGreaterThanOrEqualTo(40);
		assertThat(count("select count(*) from integrity_vetting where scope_path like '/VN/QN/%'")).isEqualTo(3);
		assertThat(count("select count(distinct kind) from integrity_signals where scope_path like '/VN/QN/%' "
				+ "and kind in ('VETTING_CONCERN', 'OVERDUE', 'NOT_INSPECTED')")).isEqualTo(3);
		assertThat(count("select count(*) from documents where scope_path like '/VN/QN/%' and media_type = 'image/png'"))
			.isEqualTo(2);
	}

	private long count(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}
}
