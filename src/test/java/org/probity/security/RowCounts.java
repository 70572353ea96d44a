package org.probity.security;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/** How many rows every table holds: equal counts before and after a refused request mean nothing was half-saved. */
record RowCounts(Map<String, Long> tables) {

	/** Tables that change on a refused request by design: failed sign-ins are counted, sessions come and go. */
	private static final java.util.Set<String> LIVELY = java.util.Set.of("login_failures", "spring_session",
			"spring_session_attributes", "shedlock", "portal_lookups");

	static RowCounts of(JdbcTemplate jdbc) {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : new DatabaseText(jdbc).tables()) {
			if (!LIVELY.contains(table.toLowerCase())) {
				counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
			}
		}
		return new RowCounts(counts);
	}
}
