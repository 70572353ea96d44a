package org.probity.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.probity.ProbityIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A job lock taken by one node is held in the database, so a second taker (another node) is refused. */
@ProbityIntegrationTest
class SchedulingLocksIntegrationTests {

	@Autowired
	LockProvider locks;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aHeldLockIsRefusedToTheNextTakerUntilReleased() {
		LockConfiguration job = new LockConfiguration(Instant.now(), "test-job-" + System.nanoTime(),
				Duration.ofMinutes(5), Duration.ZERO);
		Optional<SimpleLock> first = locks.lock(job);
		assertThat(first).isPresent();
		assertThat(jdbc.queryForObject("select count(*) from shedlock where name = ?", Integer.class, job.getName()))
			.isEqualTo(1);
		assertThat(locks.lock(job)).isEmpty();
		first.get().unlock();
		assertThat(locks.lock(job)).isPresent();
	}
}
