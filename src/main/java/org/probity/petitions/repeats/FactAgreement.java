package org.probity.petitions.repeats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * How the facts of two petitions agree. A fact given by only one of them says nothing; given by both, it either
 * agrees (evidence of the same matter) or conflicts (another plot, sum or year is another matter).
 */
record FactAgreement(double weight, boolean conflict, List<String> reasons) {

	/** A plot, a sum or a date pins a matter down; a map sheet or a year is shared by many matters. */
	private static final double STRONG = 1.0;

	private static final double WEAK = 0.5;

	/**
	 * Both give a plot, a sum or a date, yet none of them in common: a repeat keeps its key facts, so this is more
	 * likely a second complaint about the same official ("a plot" in one, "a bribe" in the other).
	 */
	private static final double NO_KEY_FACT_IN_COMMON = -0.5;

	static FactAgreement between(Facts earlier, Facts later) {
		Tally tally = new Tally();
		tally.compare("plot", earlier.plots(), later.plots(), STRONG, String::valueOf);
		tally.compare("map sheet", earlier.sheets(), later.sheets(), WEAK, String::valueOf);
		tally.compare("sum", earlier.sums(), later.sums(), STRONG, FactAgreement::dong);
		tally.compare("date", earlier.dates(), later.dates(), STRONG, String::valueOf);
		tally.compare("year", earlier.years(), later.years(), WEAK, String::valueOf);
		if (earlier.hasKeyFacts() && later.hasKeyFacts() && tally.strongInCommon == 0 && !tally.conflict) {
			tally.weight += NO_KEY_FACT_IN_COMMON;
			tally.reasons.add("no plot, sum or date in common");
		}
		return new FactAgreement(Math.min(1, tally.weight), tally.conflict, tally.reasons);
	}

	/** 1500000000 as "1,500,000,000 VND"; NumberFormat would be slower than the whole judgement. */
	private static String dong(Long sum) {
		StringBuilder shown = new StringBuilder(Long.toString(sum));
		for (int i = shown.length() - 3; i > 0; i -= 3) {
			shown.insert(i, ',');
		}
		return shown.append(" VND").toString();
	}

	private static final class Tally {

		double weight;

		int strongInCommon;

		boolean conflict;

		final List<String> reasons = new ArrayList<>();

		<T> void compare(String fact, Set<T> earlier, Set<T> later, double strength, Function<T, String> shown) {
			if (earlier.isEmpty() || later.isEmpty()) {
				return;
			}
			List<T> common = earlier.stream().filter(later::contains).toList();
			if (common.isEmpty()) {
				conflict = true;
				reasons.add("different " + fact + " (" + shown(earlier, shown) + " vs " + shown(later, shown) + ")");
			}
			else {
				weight += strength * common.size();
				strongInCommon += strength == STRONG ? common.size() : 0;
				reasons.add("same " + fact + " " + shown(common, shown));
			}
		}

		private static <T> String shown(Collection<T> values, Function<T, String> shown) {
			return String.join(", ", values.stream().map(shown).toList());
		}
	}
}
