package org.probity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in integration tests: the real time until a test moves it to a day, so "overdue" can be
 * checked on the day of a deadline and the day after without waiting. Tests that move it put it back afterwards.
 */
public class MovableClock extends Clock {

	private final ZoneId zone = ZoneId.systemDefault();

	private volatile Instant fixed;

	/** From now on it is noon of that day. */
	public void moveTo(LocalDate day) {
		fixed = day.atTime(12, 0).atZone(zone).toInstant();
	}

	public void reset() {
		fixed = null;
	}

	@Override
	public Instant instant() {
		Instant moved = fixed;
		return moved == null ? Instant.now() : moved;
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}
	}
}
