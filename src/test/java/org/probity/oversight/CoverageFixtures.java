package org.probity.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A generated province for coverage: ten communes of three to five cells, a commune closed before 2024, and a
 * neighbouring province. About half the units are inspected in 2024; some others only before or after it.
 */
final class CoverageFixtures {

	static final String HEADER = "ref,activity,body,conducted_by,programme,target_kind,target_code,started_on,concluded_on,outcome\n";

	private final String code;

	private final Random random;

	private final List<String> units = new ArrayList<>();

	private final SortedSet<String> reached = new TreeSet<>();

	private final StringBuilder unitsCsv = new StringBuilder("code,name,kind,parent_code,valid_from,valid_to\n");

	CoverageFixtures(String code, Random random) {
		this.code = code;
		this.random = random;
		unit(code, "PROVINCE", "");
		for (int c = 1; c <= 10; c++) {
			String commune = code + "-C" + c;
			unit(commune, "COMMUNE", code);
			for (int s = 1; s <= 3 + random.nextInt(3); s++) {
				unit(commune + "-S" + s, "PARTY_CELL", commune);
			}
		}
		unitsCsv.append(code).append("-OLD,Xã cũ,COMMUNE,").append(code).append(",2000-01-01,2020-12-31\n");
		unitsCsv.append(code).append("Q,Tỉnh bên,PROVINCE,,,\n").append(code).append("Q-U1,Xã bên,COMMUNE,")
			.append(code).append("Q,,\n");
	}

	private void unit(String unit, String kind, String parent) {
		units.add(unit);
		unitsCsv.append(unit).append(",Đơn vị ").append(unit).append(',').append(kind).append(',').append(parent)
			.append(",,\n");
	}

	String code() {
		return code;
	}

	String unitsCsv() {
		return unitsCsv.toString();
	}

	String peopleCsv() {
		return """
				code,full_name,birth_date,unit_code,position,party_member
				%1$s-M1,Trần Văn An,1970-01-01,%1$s-C1-S1,Bí thư,true
				%1$s-M2,Lê Thị Bình,1975-01-01,%1$s-C2-S1,Đảng viên,true
				%1$s-M3,Phạm Văn Cường,1980-01-01,%1$s-C3-S1,Cán bộ,false
				""".formatted(code);
	}

	/** The commune reached twice in the window: by the province's committee and by its own commission. */
	String twice() {
		return code + "-C1";
	}

	String activitiesCsv() {
		StringBuilder rows = new StringBuilder(HEADER);
		int n = 0;
		for (String unit : units) {
			if (unit.equals(twice())) {
				continue;
			}
			int roll = random.nextInt(10);
			if (roll < 5) {
				reached.add(unit);
				rows.append(row(++n, "INSPECTION", "COMMITTEE", code, "UNIT", unit, day(2024)));
			}
			else if (roll < 8) {
				rows.append(row(++n, "SUPERVISION", "COMMITTEE", code, "UNIT", unit, day(roll == 5 ? 2023 : 2025)));
			}
		}
		reached.add(twice());
		rows.append(row(++n, "INSPECTION", "COMMITTEE", code, "UNIT", twice(), LocalDate.of(2024, 2, 10)));
		rows.append(row(++n, "INSPECTION", "INSPECTION_COMMISSION", twice(), "UNIT", twice(), LocalDate.of(2024, 11, 30)));
		rows.append(row(++n, "INSPECTION", "COMMITTEE", code, "PERSON", code + "-M1", LocalDate.of(2024, 4, 4)));
		rows.append(row(++n, "INSPECTION", "COMMITTEE", code, "PERSON", code + "-M2", LocalDate.of(2023, 4, 4)));
		rows.append(row(++n, "INSPECTION", "COMMITTEE", code + "Q", "UNIT", code + "Q-U1", LocalDate.of(2024, 5, 5)));
		return rows.toString();
	}

	private String row(int n, String type, String body, String by, String kind, String target, LocalDate started) {
		return String.join(",", code + "-A" + n, type, body, by, "REGULAR", kind, target, started.toString(), "", "")
				+ "\n";
	}

	private LocalDate day(int year) {
		return LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
	}

	/** Units listed for 2024: all but the commune closed in 2020 (and the neighbour's). */
	SortedSet<String> activeUnits() {
		return new TreeSet<>(units);
	}

	SortedSet<String> neverReached() {
		SortedSet<String> never = activeUnits();
		never.removeAll(reached);
		return never;
	}
}
