package org.probity.steering;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock that says which day it is, so "overdue" turns on the day after a deadline; tests replace it to move the
 * day. Declared only when no other module has declared a {@link Clock} already.
 */
@Configuration(proxyBeanMethods = false)
class SteeringClock {

	@Bean
	@ConditionalOnMissingBean(Clock.class)
	Clock clock() {
		return Clock.systemDefaultZone();
	}
}
