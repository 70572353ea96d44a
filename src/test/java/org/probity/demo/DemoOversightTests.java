package org.probity.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class DemoOversightTests {

	@Test
	void theSameCsvEveryTimeWithAboutSixHundredConsistentTargetRows() {
		String csv = new DemoOversight().csv();
		assertThat(new DemoOversight().csv()).isEqualTo(csv);
		List<String> rows = csv.lines().skip(1).toList();
		assertThat(rows).hasSizeBetween(600, 610);
		Set<String> demoUnits = new DemoProvince().unitsCsv().lines().map(line -> line.split(",")[0])
			.collect(Collectors.toSet());
		Map<String, String> activityOfRef = new HashMap<>();
		for (String row : rows) {
			String[] v = row.split(",", -1);
			assertThat(v).hasSize(10);
			String activity = String.join(",", v[1], v[2], v[3], v[4], v[7], v[8]);
			assertThat(activityOfRef.putIfAbsent(v[0], activity)).isIn(null, activity);
			LocalDate started = LocalDate.parse(v[7]);
			assertThat(started.getYear()).isBetween(2021, 2025);
			assertThat(v[8].isEmpty()).isEqualTo(v[9].isEmpty());
			if (!v[8].isEmpty()) {
				assertThat(LocalDate.parse(v[8])).isAfterOrEqualTo(started);
			}
			assertThat(v[5] + "," + v[6]).matches("UNIT,QN-\\d\\d(-CB[123])?|PERSON,P00[0-3]\\d{3}");
			assertThat(v[3]).matches("QN-TU|QN-UBKT|QN-\\d\\d-DU");
			assertThat(demoUnits).contains(v[3]);
			if (v[5].equals("UNIT")) {
				assertThat(demoUnits).contains(v[6]);
			}
		}
		assertThat(rows.stream().map(row -> row.split(",")[0]).distinct().count()).isGreaterThan(200);
	}
}
