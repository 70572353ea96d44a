package org.probity.petitions;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Hands out human references per receiving unit and year ({@code HL-2024-000123}), without gaps or repeats. */
@Component
class ReferenceNumbers {

	private static final Pattern IMPORTED = Pattern.compile("(.+)-(\\d{4})-(\\d{1,12})");

	private final JdbcTemplate jdbc;

	ReferenceNumbers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Must run inside the registering transaction: the counter row stays locked until it commits. */
	String next(String unitCode, int year) {
		List<Long> last = jdbc.queryForList(
				"select last_seq from petition_counters where unit_code = ? and counter_year = ? for update", Long.class,
				unitCode, year);
		if (last.isEmpty()) {
			startCounter(unitCode, year);
			return next(unitCode, year);
		}
		long seq = last.get(0) + 1;
		jdbc.update("update petition_counters set last_seq = ? where unit_code = ? and counter_year = ?", seq, unitCode, year);
		return String.format("%s-%d-%06d", unitCode, year, seq);
	}

	/**
	 * A unit's first petition of the year creates its counter inside the registering transaction: a concurrent
	 * registration's insert waits for this one and then does nothing. Creating it in a transaction of its own
	 * would need a second connection per registration, and a full pool of registrations would wait on each other.
	 */
	private void startCounter(String unitCode, int year) {
		jdbc.update("insert into petition_counters (unit_code, counter_year, last_seq) values (?, ?, 0) on conflict do nothing",
				unitCode, year);
	}

	/** An imported reference of the form {@code UNIT-YEAR-SEQ} moves that counter past it, so no new one clashes. */
	void observe(String reference) {
		Matcher parts = IMPORTED.matcher(reference);
		if (!parts.matches()) {
			return;
		}
		String unit = parts.group(1);
		int year = Integer.parseInt(parts.group(2));
		long seq = Long.parseLong(parts.group(3));
		startCounter(unit, year);
		jdbc.update("update petition_counters set last_seq = ? where unit_code = ? and counter_year = ? and last_seq < ?", seq,
				unit, year, seq);
	}
}
