package org.probity.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic demo inspection and supervision activities as CSV in the contract's format, about
 * {@value #TARGET_ROWS} target rows from 2021 to 2025: the provincial committee and its inspection commission look
 * at communes and people, and from the July 2025 reorganisation the commune committees look at their own cells.
 */
final class DemoOversight {

	static final int TARGET_ROWS = 600;

	private static final LocalDate FIRST = LocalDate.of(2021, 1, 4);

	private static final LocalDate LAST = LocalDate.of(2025, 12, 31);

	/** The commune committees exist only from the merger of 1 July 2025. */
	private static final LocalDate COMMUNES_FROM = LocalDate.of(2025, 7, 1);

	private static final int PEOPLE = 3000;

	private final Random random = new Random(20210104L);

	private final Map<String, Integer> sequences = new HashMap<>();

	String csv() {
		List<String> rows = new ArrayList<>();
		rows.add("ref,activity,body,conducted_by,programme,target_kind,target_code,started_on,concluded_on,outcome");
		while (rows.size() <= TARGET_ROWS) {
			int pick = random.nextInt(10);
			if (pick < 3) {
				activity(rows, "QN-TU", "COMMITTEE", random.nextBoolean() ? "SUPERVISION" : "INSPECTION",
						pickOf("REGULAR", "THEMATIC"), day(FIRST, LAST), null);
			}
			else if (pick < 7) {
				activity(rows, "QN-UBKT", "INSPECTION_COMMISSION", random.nextInt(4) == 0 ? "SUPERVISION" : "INSPECTION",
						pickOf("REGULAR", "THEMATIC", "SIGNS_OF_VIOLATION", "DISCIPLINE_IMPLEMENTATION", "PARTY_FINANCE"),
						day(FIRST, LAST), null);
			}
			else {
				String commune = String.format("QN-%02d", 1 + random.nextInt(24));
				activity(rows, commune + "-DU", "COMMITTEE", random.nextBoolean() ? "SUPERVISION" : "INSPECTION",
						pickOf("REGULAR", "THEMATIC", "PARTY_FINANCE"), day(COMMUNES_FROM, LAST), commune);
			}
		}
		return String.join("\n", rows) + "\n";
	}

	/** One activity with one to four distinct targets; a commune committee looks only within its commune. */
	private void activity(List<String> rows, String body, String bodyKind, String type, String programme,
			LocalDate started, String commune) {
		String ref = body + "-" + started.getYear() + "-"
				+ String.format("%03d", sequences.merge(body + started.getYear(), 1, Integer::sum));
		Set<String> targets = new LinkedHashSet<>();
		int count = 1 + random.nextInt(commune != null ? 3 : 4); // a commune has three cells
		while (targets.size() < count) {
			targets.add(target(commune));
		}
		// Most activities started before autumn 2025 are concluded; later ones are still under way.
		boolean concluded = started.isBefore(LocalDate.of(2025, 9, 1)) && random.nextInt(100) < 85;
		String concludedOn = concluded ? started.plusDays(20 + random.nextInt(100)).toString() : "";
		for (String target : targets) {
			String outcome = concluded ? outcome() : "";
			rows.add(String.join(",", ref, type, bodyKind, body, programme, target, started.toString(), concludedOn,
					outcome));
		}
	}

	/** {@code UNIT,code} or {@code PERSON,code}; people are spread at random, so commune committees take cells only. */
	private String target(String commune) {
		if (commune == null && random.nextInt(3) == 0) {
			return String.format("PERSON,P%06d", 1 + random.nextInt(PEOPLE));
		}
		String unit = commune != null ? commune : String.format("QN-%02d", 1 + random.nextInt(24));
		boolean cell = commune != null || random.nextInt(3) == 0;
		return "UNIT," + (cell ? unit + "-CB" + (1 + random.nextInt(3)) : unit);
	}

	private String outcome() {
		int roll = random.nextInt(100);
		return roll < 50 ? "NO_VIOLATION" : roll < 85 ? "SHORTCOMINGS" : "VIOLATION";
	}

	private String pickOf(String... values) {
		return values[random.nextInt(values.length)];
	}

	private LocalDate day(LocalDate from, LocalDate to) {
		return from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
	}
}
