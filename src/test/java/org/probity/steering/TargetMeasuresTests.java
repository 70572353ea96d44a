package org.probity.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Other modules add measures as beans; each key names one measure and MANUAL stays typed in. */
class TargetMeasuresTests {

	record Fixed(String key, long count) implements TargetMeasure {

		@Override
		public long count(String unitCode, String unitPath, Year year) {
			return count;
		}
	}

	@Test
	void aModulesMeasureIsOfferedBesideManual() {
		TargetManagement targets = new TargetManagement(null, null, List.of(new Fixed("MEMBERS_ADMITTED", 88)), null);
		assertThat(targets.measures()).containsExactly("MANUAL", "MEMBERS_ADMITTED");
	}

	@Test
	void twoMeasuresWithOneKeyAreAStartUpError() {
		assertThatThrownBy(() -> new TargetManagement(null, null, List.of(new Fixed("X", 1), new Fixed("X", 2)), null))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> new TargetManagement(null, null, List.of(new Fixed("MANUAL", 1)), null))
			.isInstanceOf(IllegalStateException.class);
	}
}
