package org.probity.shared.web;

import java.time.LocalDate;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.annotation.JsonFormat;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;

/** A date in JSON is an ISO text: a number (read as days since 1970 by default) is refused, naming the field. */
@Configuration(proxyBeanMethods = false)
class StrictDates {

	@Bean
	JsonMapperBuilderCustomizer datesAreText() {
		return builder -> builder
			.withCoercionConfig(LocalDate.class, config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
			.withConfigOverride(LocalDate.class, override -> override.setFormat(JsonFormat.Value.forLeniency(false)));
	}
}
