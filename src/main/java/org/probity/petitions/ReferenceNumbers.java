package org.probity.petitions;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Hands out human references per receiving unit and year ({@code HL-2024-000123}), without gaps or repeats. */
@Component
class ReferenceNumbers {

	private static final Pattern IMPORTED = Pattern.compile("(.+)-(\\d{4})-(\\d{1,12})");

	private final JdbcTemplate jdbc;

	private final TransactionTemplate apart;

	ReferenceNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.apart = new TransactionTemplate(transactions);
		this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
	 * A unit's first petition of the year creates its counter, apart, so a race between two nodes harms neither.
	 * Only called when no committed row exists: on PostgreSQL an insert clashing with a row this transaction has
	 * locked would wait for it forever.
	 */
	private void startCounter(String unitCode, int year) {
		try {
			apart.executeWithoutResult(status -> jdbc
				.update("insert into petition_counters (unit_code, counter_year, last_seq) values (?, ?, 0)", unitCode, year));
		}
		catch (DuplicateKeyException raced) {
			// the other registration created it first; either way the row now exists
		}
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
		Integer counters = jdbc.queryForObject(
				"select count(*) from petition_counters where unit_code = ? and counter_year = ?", Integer.class, unit, year);
		if (counters == 0) {
			startCounter(unit, year);
		}
		jdbc.update("update petition_counters set last_seq = ? where unit_code = ? and counter_year = ? and last_seq < ?", seq,
				unit, year, seq);
	}
}
