package org.probity.steering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttainmentTests {

	@Test
	void eightyEightOfAHundredAndFiftyThreeIsFiftySevenPointFive() {
		assertThat(Attainment.percent(88, 153)).hasToString("57.5");
	}

	@Test
	void roundsHalfUpToOneDecimal() {
		assertThat(Attainment.percent(1, 8)).hasToString("12.5");
		assertThat(Attainment.percent(1, 16)).hasToString("6.3");
		assertThat(Attainment.percent(2, 3)).hasToString("66.7");
		assertThat(Attainment.percent(200, 100)).hasToString("200.0");
	}

	@Test
	void nothingPlannedIsZero() {
		assertThat(Attainment.percent(5, 0)).hasToString("0.0");
	}
}
