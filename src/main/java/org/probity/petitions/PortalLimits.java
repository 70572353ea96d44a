package org.probity.petitions;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.probity.shared.InvalidField;
import org.probity.shared.Texts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What one client address may do on the public portal in an hour: submit so many petitions (against floods) and
 * look up so many receipt codes (against guessing). Counts live in the database, so every node sees them.
 */
@Component
class PortalLimits {

	private final JdbcTemplate jdbc;

	private final PetitionSettings settings;

	PortalLimits(JdbcTemplate jdbc, PetitionSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/** Refuses a submission over the hourly limit; a refused or failed one is not counted. */
	void checkSubmission(String address) {
		if (lastHour("portal_submissions", address) >= settings.portalPerHour()) {
			throw new InvalidField("address", "too many petitions from your connection in the last hour; try later");
		}
	}

	void submitted(String address) {
		jdbc.update("insert into portal_submissions (address, at) values (?, ?)", key(address), Timestamp.from(Instant.now()));
	}

	/** Counts a receipt-code lookup, found or not, and refuses it over the hourly limit. */
	void lookup(String address) {
		if (lastHour("portal_lookups", address) >= settings.portalLookupsPerHour()) {
			throw new InvalidField("code", "too many receipt codes tried from your connection in the last hour; try later");
		}
		jdbc.update("insert into portal_lookups (address, at) values (?, ?)", key(address), Timestamp.from(Instant.now()));
	}

	@Scheduled(fixedDelayString = "PT10M")
	@SchedulerLock(name = "portal-limits-purge", lockAtMostFor = "PT5M")
	void purge() {
		Timestamp hourAgo = Timestamp.from(Instant.now().minus(1, ChronoUnit.HOURS));
		jdbc.update("delete from portal_lookups where at < ?", hourAgo);
		jdbc.update("delete from portal_submissions where at < ?", hourAgo);
	}

	private int lastHour(String table, String address) {
		return jdbc.queryForObject("select count(*) from " + table + " where address = ? and at > ?", Integer.class,
				key(address), Timestamp.from(Instant.now().minus(1, ChronoUnit.HOURS)));
	}

	private static String key(String address) {
		return Texts.clip(address == null ? "unknown" : address, 64);
	}
}
