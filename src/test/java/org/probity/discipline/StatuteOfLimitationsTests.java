package org.probity.discipline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

class StatuteOfLimitationsTests {

	static final LocalDate DECIDED = LocalDate.of(2025, 6, 15);

	@Test
	void reprimandLevelViolationsLapseAfterFiveYears() {
		assertThat(StatuteOfLimitations.limitFor(Form.REPRIMAND)).contains(Period.ofYears(5));
		assertThat(StatuteOfLimitations.expired(Form.REPRIMAND, LocalDate.of(2020, 6, 15), DECIDED)).isFalse();
		assertThat(StatuteOfLimitations.expired(Form.REPRIMAND, LocalDate.of(2020, 6, 14), DECIDED)).isTrue();
	}

	@Test
	void warningAndRemovalLevelViolationsLapseAfterTenYears() {
		for (Form form : new Form[] { Form.WARNING, Form.REMOVAL }) {
			assertThat(StatuteOfLimitations.limitFor(form)).contains(Period.ofYears(10));
			assertThat(StatuteOfLimitations.expired(form, LocalDate.of(2015, 6, 15), DECIDED)).isFalse();
			assertThat(StatuteOfLimitations.expired(form, LocalDate.of(2015, 6, 14), DECIDED)).isTrue();
			assertThat(StatuteOfLimitations.expired(form, LocalDate.of(2019, 1, 1), DECIDED)).isFalse();
		}
	}

	@Test
	void expulsionAndDissolutionNeverLapse() {
		for (Form form : new Form[] { Form.EXPULSION, Form.DISSOLUTION }) {
			assertThat(StatuteOfLimitations.limitFor(form)).isEmpty();
			assertThat(StatuteOfLimitations.expired(form, LocalDate.of(1980, 1, 1), DECIDED)).isFalse();
		}
	}

	@Test
	void personsAndUnitsReceiveTheirOwnForms() {
		assertThat(Form.forTarget(TargetKind.PERSON)).containsExactly(Form.REPRIMAND, Form.WARNING, Form.REMOVAL,
				Form.EXPULSION);
		assertThat(Form.forTarget(TargetKind.UNIT)).containsExactly(Form.REPRIMAND, Form.WARNING, Form.DISSOLUTION);
	}
}
