package org.probity.reports;

import java.time.LocalDate;

/**
 * A term's worth of records shaped like the Ha Long review (seed 002): committees at all levels inspected and
 * supervised 2,396 organisations and 16,106 members, inspection commissions 1,296 and 9,532, and 8 organisations and
 * 327 members were disciplined. Twenty cells and a hundred members are inspected again and again (each activity counts
 * once per target), so the files stay a few megabytes.
 */
record TermVolume(String city) {

	static final int CELLS = 20;

	static final int MEMBERS = 100;

	String commission() {
		return city + "-UBKT";
	}

	String cell(int i) {
		return city + "-C" + i;
	}

	String member(int i) {
		return city + "-M" + i;
	}

	String unitsCsv() {
		StringBuilder csv = new StringBuilder("code,name,kind,parent_code,valid_from,valid_to\n");
		csv.append(city).append(",Thành ủy Hạ Long ").append(city).append(",PARTY_COMMITTEE,,2020-01-01,\n");
		csv.append(commission()).append(",Ủy ban Kiểm tra Thành ủy,AGENCY,").append(city).append(",2020-01-01,\n");
		for (int i = 0; i < CELLS; i++) {
			csv.append(cell(i)).append(",Chi bộ khu phố ").append(i).append(",PARTY_CELL,").append(city).append(",,\n");
		}
		return csv.toString();
	}

	String peopleCsv() {
		StringBuilder csv = new StringBuilder("code,full_name,birth_date,unit_code,position,party_member\n");
		for (int i = 0; i < MEMBERS; i++) {
			csv.append(member(i)).append(",Đảng viên Số ").append(i).append(",1975-01-01,").append(cell(i % CELLS))
				.append(",Đảng viên,true\n");
		}
		return csv.toString();
	}

	/** Activities of the city committee (2,396 / 16,106) and of its commission (1,296 / 9,532), all in the term. */
	String oversightCsv() {
		StringBuilder csv = new StringBuilder(ReportFixtures.OVERSIGHT);
		activities(csv, "COMMITTEE", city, "K", 2396, 16106);
		activities(csv, "INSPECTION_COMMISSION", commission(), "U", 1296, 9532);
		return csv.toString();
	}

	private void activities(StringBuilder csv, String body, String conductor, String prefix, int units, int persons) {
		for (int n = 0; units > 0 || persons > 0; n++) {
			String start = LocalDate.of(2021, 1, 4).plusDays(n * 5L).toString();
			String activity = String.join(",", city + "-" + prefix + n, n % 2 == 0 ? "INSPECTION" : "SUPERVISION", body,
					conductor, "REGULAR");
			for (int i = 0; i < Math.min(CELLS, units); i++) {
				csv.append(activity).append(",UNIT,").append(cell(i)).append(',').append(start).append(",,\n");
			}
			for (int i = 0; i < Math.min(MEMBERS, persons); i++) {
				csv.append(activity).append(",PERSON,").append(member(i)).append(',').append(start).append(",,\n");
			}
			units -= Math.min(CELLS, units);
			persons -= Math.min(MEMBERS, persons);
		}
	}

	/** 8 cells reprimanded and 327 decisions on members, the forms taking turns. */
	String disciplineCsv() {
		StringBuilder csv = new StringBuilder(ReportFixtures.DISCIPLINE);
		String[] forms = { "REPRIMAND", "WARNING", "REMOVAL", "EXPULSION" };
		for (int i = 0; i < 8; i++) {
			csv.append(String.join(",", city + "-DU" + i, "UNIT", cell(i), "REPRIMAND", city, "2023-03-01",
					"Buông lỏng lãnh đạo")).append('\n');
		}
		for (int i = 0; i < 327; i++) {
			csv.append(String.join(",", city + "-DP" + i, "PERSON", member(i % MEMBERS), forms[i % 4], commission(),
					LocalDate.of(2021, 2, 1).plusDays(i * 4L).toString(), "Vi phạm quy định về đất đai")).append('\n');
		}
		return csv.toString();
	}

	/** A province beside the city, outside its subtree. */
	String neighbourCsv() {
		return "code,name,kind,parent_code,valid_from,valid_to\n" + city + "-X,Tỉnh bên cạnh,PROVINCE,,2020-01-01,\n";
	}

	/** Records the term report must not count: a day before and after the term, and a body outside the subtree. */
	String oversightNoiseCsv() {
		return ReportFixtures.OVERSIGHT
				+ String.join(",", city + "-N1", "INSPECTION", "COMMITTEE", city, "REGULAR", "UNIT", cell(1), "2020-09-30", "", "") + "\n"
				+ String.join(",", city + "-N2", "SUPERVISION", "COMMITTEE", city, "REGULAR", "PERSON", member(1), "2025-10-01", "", "") + "\n"
				+ String.join(",", city + "-N3", "INSPECTION", "COMMITTEE", city + "-X", "REGULAR", "UNIT", cell(2), "2023-01-01", "", "") + "\n";
	}

	String disciplineNoiseCsv() {
		return ReportFixtures.DISCIPLINE
				+ String.join(",", city + "-DN1", "PERSON", member(2), "WARNING", city, "2025-10-01", "Vi phạm sau nhiệm kỳ") + "\n";
	}
}
