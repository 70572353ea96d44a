package org.probity.petitions.repeats;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads sums of money from folded text as whole đồng, so that "1,5 tỷ đồng", "1.500.000.000 đồng" and
 * "1500 triệu" are one and the same sum.
 */
final class MoneyAmounts {

	/** A number, then a unit; "1 ty 500 trieu" arrives as two matches that touch and are added up. */
	static final Pattern AMOUNT = Pattern.compile("(\\d+(?:[.,]\\d+)*)\\s*(ty|trieu|nghin|ngan|dong|vnd|d)\\b");

	private MoneyAmounts() {
	}

	static Set<Long> read(String folded) {
		Set<Long> sums = new TreeSet<>();
		Matcher matcher = AMOUNT.matcher(folded);
		long pending = 0;
		int pendingEnd = -1;
		while (matcher.find()) {
			long value = Math.round(number(matcher.group(1)) * unit(matcher.group(2)));
			boolean continuesPrevious = pendingEnd >= 0 && folded.substring(pendingEnd, matcher.start()).isBlank();
			if (continuesPrevious) {
				pending += value;
			}
			else {
				addIfSum(sums, pending);
				pending = value;
			}
			pendingEnd = matcher.end();
		}
		addIfSum(sums, pending);
		return sums;
	}

	/**
	 * Vietnamese writes "." for thousands and "," for decimals, but people mix both; groups of exactly three
	 * digits after every separator mean thousands, otherwise the last separator is the decimal point.
	 */
	static double number(String written) {
		String[] groups = written.split("[.,]");
		boolean thousands = true;
		for (int i = 1; i < groups.length; i++) {
			thousands &= groups[i].length() == 3;
		}
		if (thousands) {
			return Double.parseDouble(String.join("", groups));
		}
		int last = Math.max(written.lastIndexOf('.'), written.lastIndexOf(','));
		String whole = written.substring(0, last).replaceAll("[.,]", "");
		return Double.parseDouble(whole + "." + written.substring(last + 1));
	}

	private static double unit(String unit) {
		return switch (unit) {
			case "ty" -> 1_000_000_000d;
			case "trieu" -> 1_000_000d;
			case "nghin", "ngan" -> 1_000d;
			default -> 1d;
		};
	}

	/** "Nộp 2 đ" is a slip of the keyboard, not a sum worth comparing. */
	private static void addIfSum(Set<Long> sums, long value) {
		if (value >= 1_000) {
			sums.add(value);
		}
	}
}
