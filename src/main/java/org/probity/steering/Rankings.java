package org.probity.steering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Ranks units by total, highest first; equal totals share a rank and the next rank skips (1, 2, 2, 4). */
final class Rankings {

	private Rankings() {
	}

	static List<RankedUnit> rank(Map<String, BigDecimal> totals, Function<String, String> names,
			Function<BigDecimal, String> classify) {
		List<Map.Entry<String, BigDecimal>> ordered = totals.entrySet()
			.stream()
			.sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()))
			.toList();
		List<RankedUnit> ranked = new ArrayList<>();
		for (int i = 0; i < ordered.size(); i++) {
			BigDecimal total = ordered.get(i).getValue();
			int rank = i > 0 && total.compareTo(ordered.get(i - 1).getValue()) == 0 ? ranked.get(i - 1).rank() : i + 1;
			String unit = ordered.get(i).getKey();
			ranked.add(new RankedUnit(rank, unit, names.apply(unit), total.setScale(2, RoundingMode.HALF_UP),
					classify.apply(total)));
		}
		return ranked;
	}
}
