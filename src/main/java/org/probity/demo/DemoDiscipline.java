package org.probity.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Deterministic demo discipline decisions as CSV in the contract's format: about eighty on members and a few on
 * party cells, decided by the provincial committee, its inspection commission or a commune's party committee over
 * 2021–2025, each in a form its target may receive.
 */
final class DemoDiscipline {

	private static final String[] PERSON_FORMS = { "REPRIMAND", "REPRIMAND", "REPRIMAND", "WARNING", "WARNING",
			"REMOVAL", "EXPULSION" };

	private static final String[] UNIT_FORMS = { "REPRIMAND", "REPRIMAND", "WARNING", "DISSOLUTION" };

	private static final String[] REASONS = { "Vi phạm quy định về quản lý đất đai",
			"Thiếu trách nhiệm trong lãnh đạo và chỉ đạo", "Vi phạm quy định về quản lý tài chính và ngân sách",
			"Vi phạm những điều đảng viên không được làm", "Kê khai tài sản và thu nhập không trung thực",
			"Vi phạm nguyên tắc tập trung dân chủ" };

	private static final int PERSONS = 80;

	private static final int UNITS = 6;

	private final Random random = new Random(20210101L);

	private final Function<String, String> unitOfPerson;

	DemoDiscipline(Function<String, String> unitOfPerson) {
		this.unitOfPerson = unitOfPerson;
	}

	String csv() {
		List<String> rows = new ArrayList<>();
		rows.add("ref,target_kind,target_code,form,decided_by,decided_on,reason");
		for (int i = 1; i <= PERSONS; i++) {
			String person = String.format("P%06d", 1 + random.nextInt(3000));
			rows.add(row(i, "PERSON", person, PERSON_FORMS[random.nextInt(PERSON_FORMS.length)],
					unitOfPerson.apply(person)));
		}
		for (int i = 1; i <= UNITS; i++) {
			String cell = String.format("QN-%02d-CB%d", 1 + random.nextInt(24), 1 + random.nextInt(3));
			rows.add(row(PERSONS + i, "UNIT", cell, UNIT_FORMS[random.nextInt(UNIT_FORMS.length)], cell));
		}
		return String.join("\n", rows) + "\n";
	}

	private String row(int sequence, String kind, String target, String form, String unit) {
		LocalDate decided = LocalDate.of(2021, 1, 4).plusDays(random.nextInt(5 * 365 - 10));
		return String.join(",", "KL-" + decided.getYear() + "-" + String.format("%04d", sequence), kind, target, form,
				decidedBy(unit), decided.toString(), REASONS[random.nextInt(REASONS.length)]);
	}

	/**
	 * Most decisions are the target's own commune committee's; graver ones, and those on the province's own staff,
	 * come from the province (each body decides only within its level).
	 */
	private String decidedBy(String unit) {
		int pick = random.nextInt(10);
		if (pick < 2 || !unit.matches("QN-\\d\\d-.*")) {
			return pick % 2 == 0 ? "QN-TU" : "QN-UBKT";
		}
		if (pick < 4) {
			return "QN-UBKT";
		}
		return unit.substring(0, 5) + "-DU";
	}
}
