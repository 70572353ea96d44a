package org.probity.steering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RankingsTests {

	@Test
	void equalTotalsShareARankAndTheNextRankSkips() {
		var ranked = Rankings.rank(Map.of("C1", new BigDecimal("95"), "C2", new BigDecimal("80.0"), "C3",
				new BigDecimal("80"), "C4", new BigDecimal("40")), code -> code, total -> null);
		assertThat(ranked).extracting(RankedUnit::rank).containsExactly(1, 2, 2, 4);
		assertThat(ranked).extracting(RankedUnit::unitCode).containsExactly("C1", "C2", "C3", "C4");
		assertThat(ranked.get(1).total()).isEqualByComparingTo("80");
	}

	@Test
	void everyoneEqualIsFirst() {
		var ranked = Rankings.rank(Map.of("B", BigDecimal.TEN, "A", BigDecimal.TEN), code -> code, total -> "PASS");
		assertThat(ranked).extracting(RankedUnit::rank).containsExactly(1, 1);
		assertThat(ranked).extracting(RankedUnit::classification).containsOnly("PASS");
	}
}
