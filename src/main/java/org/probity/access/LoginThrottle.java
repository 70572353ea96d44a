package org.probity.access;

import java.sql.Timestamp;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.probity.shared.Texts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: too many failures for one user name, or from one address, within the window block
 * further attempts until the window has passed. Counts live in the database, so every node sees them.
 */
@Component
class LoginThrottle {

	private final JdbcTemplate jdbc;

	private final AccessSettings settings;

	LoginThrottle(JdbcTemplate jdbc, AccessSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	boolean blocked(String username, String address) {
		Timestamp since = Timestamp.from(Instant.now().minus(settings.failureWindow()));
		Integer byUser = jdbc.queryForObject(
				"select count(*) from login_failures where username = ? and failed_at > ?", Integer.class, username, since);
		if (byUser >= settings.maxFailures()) {
			return true;
		}
		Integer byAddress = jdbc.queryForObject(
				"select count(*) from login_failures where remote_addr = ? and failed_at > ?", Integer.class,
				address, since);
		return byAddress >= settings.maxFailuresPerAddress();
	}

	void failed(String username, String address) {
		jdbc.update("insert into login_failures (username, remote_addr, failed_at) values (?, ?, ?)",
				Texts.clip(username == null ? "" : username, 100), Texts.clip(address == null ? "" : address, 64), Timestamp.from(Instant.now()));
	}

	void succeeded(String username) {
		jdbc.update("delete from login_failures where username = ?", username);
	}

	@Scheduled(fixedDelayString = "PT10M")
	@SchedulerLock(name = "login-failures-purge", lockAtMostFor = "PT5M")
	void purge() {
		jdbc.update("delete from login_failures where failed_at < ?",
				Timestamp.from(Instant.now().minus(settings.failureWindow())));
	}

}
