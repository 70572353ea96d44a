package org.probity.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes a deterministic synthetic country as CSV files in the contract's formats (units, people, oversight,
 * discipline, petitions), streamed to disk in chunks. The same scale always gives byte-identical files.
 */
final class Generator {

	/** Bodies under every province: its party committee, inspection commission, inspectorate, departments. */
	static final String[][] PROVINCIAL_BODIES = { { "TU", "PARTY_COMMITTEE", "Đảng bộ tỉnh " },
			{ "UBKT", "AGENCY", "Ủy ban Kiểm tra Tỉnh ủy " }, { "TTT", "AGENCY", "Thanh tra tỉnh " },
			{ "BNC", "AGENCY", "Ban Nội chính Tỉnh ủy " }, { "STC", "AGENCY", "Sở Tài chính " },
			{ "STNMT", "AGENCY", "Sở Tài nguyên và Môi trường " }, { "SXD", "AGENCY", "Sở Xây dựng " },
			{ "SGD", "AGENCY", "Sở Giáo dục và Đào tạo " }, { "SYT", "AGENCY", "Sở Y tế " },
			{ "CA", "AGENCY", "Công an tỉnh " } };

	static final LocalDate FIRST = Letters.FIRST;

	static final LocalDate LAST = Letters.LAST;

	private final Scale scale;

	private final Path folder;

	private final int chunkRows;

	private final Letters letters;

	/** How many matters the petitions file used: intake draws repeats from these and new matters after them. */
	private long matters;

	Generator(Scale scale, Path folder, int chunkRows) {
		this.scale = scale;
		this.folder = folder;
		this.chunkRows = chunkRows;
		this.letters = new Letters(scale);
	}

	/** The datasets in the order they must be imported (people and targets refer to units, and so on). */
	Map<String, ChunkedCsv.Dataset> write() throws IOException {
		Map<String, ChunkedCsv.Dataset> written = new LinkedHashMap<>();
		written.put("units", units());
		written.put("people", people());
		written.put("oversight", oversight());
		written.put("discipline", discipline());
		written.put("petitions", petitions());
		return written;
	}

	long matters() {
		return matters;
	}

	Letters letters() {
		return letters;
	}

	static String province(int p) {
		return String.format("P%02d", p + 1);
	}

	static String commune(Scale scale, int c) {
		return String.format("%s-C%03d", province(c % scale.provinces()), c / scale.provinces() + 1);
	}

	private ChunkedCsv.Dataset units() throws IOException {
		try (ChunkedCsv csv = new ChunkedCsv(folder, "units", "code,name,kind,parent_code,valid_from,valid_to", chunkRows)) {
			csv.row("VN", "Việt Nam", "CENTRAL", "", "", "");
			for (int p = 0; p < scale.provinces(); p++) {
				String name = Names.PROVINCES[p % Names.PROVINCES.length];
				csv.row(province(p), "Tỉnh " + name, "PROVINCE", "VN", "", "");
				for (String[] body : PROVINCIAL_BODIES) {
					csv.row(province(p) + "-" + body[0], body[2] + name, body[1], province(p), "", "");
				}
			}
			for (int c = 0; c < scale.communes(); c++) {
				String code = commune(scale, c);
				String name = Names.PLACES[c % Names.PLACES.length] + " " + (c / Names.PLACES.length + 1);
				csv.row(code, "Xã " + name, "COMMUNE", province(c % scale.provinces()), "2025-07-01", "");
				csv.row(code + "-DU", "Đảng bộ xã " + name, "GRASSROOTS_COMMITTEE", code, "2025-07-01", "");
				for (int i = 1; i <= scale.cellsPerCommune(); i++) {
					csv.row(cell(code, i), "Chi bộ số " + i + " xã " + name, "PARTY_CELL", code + "-DU", "", "");
				}
				for (int i = 1; i <= scale.othersPerCommune(); i++) {
					csv.row(other(code, i), (i % 2 == 0 ? "Công ty " : "Trường ") + name + " " + i,
							i % 2 == 0 ? "ENTERPRISE" : "AGENCY", code, "", "");
				}
			}
			return csv.dataset();
		}
	}

	private static String cell(String commune, int i) {
		return String.format("%s-DU-%02d", commune, i);
	}

	private static String other(String commune, int i) {
		return String.format("%s-A%02d", commune, i);
	}

	private static String person(long i) {
		return String.format("PE%07d", i + 1);
	}

	/** The k-th person of commune c (people are dealt out to communes in turn). */
	private String personOf(int c, Random random) {
		long perCommune = Math.max(1, scale.people() / scale.communes());
		return person(c + random.nextLong(perCommune) * scale.communes());
	}

	private String unitOf(String commune, Random random) {
		return random.nextInt(4) > 0 ? cell(commune, 1 + random.nextInt(scale.cellsPerCommune()))
				: other(commune, 1 + random.nextInt(scale.othersPerCommune()));
	}

	private ChunkedCsv.Dataset people() throws IOException {
		Random random = new Random(1);
		try (ChunkedCsv csv = new ChunkedCsv(folder, "people", "code,full_name,birth_date,unit_code,position,party_member",
				chunkRows)) {
			for (long i = 0; i < scale.people(); i++) {
				String commune = commune(scale, (int) (i % scale.communes()));
				boolean member = random.nextInt(10) < 6;
				String unit = member ? cell(commune, 1 + random.nextInt(scale.cellsPerCommune())) : unitOf(commune, random);
				csv.row(person(i), Names.person(random), LocalDate.of(1950, 1, 1).plusDays(random.nextInt(18_000)), unit,
						random.nextInt(5) == 0 ? Names.pick(random, Names.POSITIONS) : "", member);
			}
			return csv.dataset();
		}
	}

	private ChunkedCsv.Dataset oversight() throws IOException {
		Random random = new Random(2);
		String[] programmes = { "REGULAR", "THEMATIC", "SIGNS_OF_VIOLATION", "DISCIPLINE_IMPLEMENTATION", "PARTY_FINANCE" };
		String[] outcomes = { "NO_VIOLATION", "NO_VIOLATION", "SHORTCOMINGS", "VIOLATION" };
		try (ChunkedCsv csv = new ChunkedCsv(folder, "oversight",
				"ref,activity,body,conducted_by,programme,target_kind,target_code,started_on,concluded_on,outcome",
				chunkRows)) {
			long targets = 0;
			for (int a = 1; targets < scale.targets(); a++) {
				int c = random.nextInt(scale.communes());
				String commune = commune(scale, c);
				boolean provincial = random.nextInt(10) < 3;
				String body = random.nextBoolean() ? "COMMITTEE" : "INSPECTION_COMMISSION";
				String conductor = provincial ? province(c % scale.provinces()) + (body.equals("COMMITTEE") ? "-TU" : "-UBKT")
						: commune + "-DU";
				LocalDate started = FIRST.plusDays(random.nextInt((int) (LAST.toEpochDay() - FIRST.toEpochDay())));
				boolean concluded = random.nextInt(100) < 85;
				String outcome = concluded ? Names.pick(random, outcomes) : "";
				String activity = random.nextInt(10) < 6 ? "INSPECTION" : "SUPERVISION";
				String programme = Names.pick(random, programmes);
				String concludedOn = concluded ? started.plusDays(20 + random.nextInt(130)).toString() : "";
				Set<String> chosen = new HashSet<>();
				for (int t = 0, n = 1 + random.nextInt(5); t < n && targets < scale.targets(); t++) {
					boolean person = random.nextInt(10) < 4;
					String code = person ? personOf(c, random) : unitOf(commune, random);
					if (chosen.add(code)) {
						csv.row(String.format("OV-%07d", a), activity, body, conductor, programme, person ? "PERSON" : "UNIT",
								code, started, concludedOn, outcome);
						targets++;
					}
				}
			}
			return csv.dataset();
		}
	}

	private ChunkedCsv.Dataset discipline() throws IOException {
		Random random = new Random(3);
		String[] personForms = { "REPRIMAND", "REPRIMAND", "REPRIMAND", "WARNING", "WARNING", "REMOVAL", "EXPULSION" };
		String[] unitForms = { "REPRIMAND", "REPRIMAND", "WARNING", "WARNING", "DISSOLUTION" };
		String[] reasons = { "vi phạm nguyên tắc tập trung dân chủ", "thiếu trách nhiệm trong quản lý đất đai",
				"vi phạm quy định về đấu thầu", "vi phạm những điều đảng viên không được làm",
				"buông lỏng lãnh đạo, để xảy ra sai phạm trong chi ngân sách" };
		try (ChunkedCsv csv = new ChunkedCsv(folder, "discipline", "ref,target_kind,target_code,form,decided_by,decided_on,reason",
				chunkRows)) {
			for (long d = 1; d <= scale.decisions(); d++) {
				int c = random.nextInt(scale.communes());
				boolean person = random.nextInt(100) < 85;
				String target = person ? personOf(c, random) : unitOf(commune(scale, c), random);
				String decidedBy = random.nextInt(10) < 7 ? commune(scale, c) + "-DU" : province(c % scale.provinces()) + "-UBKT";
				csv.row(String.format("DC-%06d", d), person ? "PERSON" : "UNIT", target,
						Names.pick(random, person ? personForms : unitForms), decidedBy,
						FIRST.plusDays(random.nextInt((int) (LAST.toEpochDay() - FIRST.toEpochDay()))),
						"Đã " + Names.pick(random, reasons) + ".");
			}
			return csv.dataset();
		}
	}

	private ChunkedCsv.Dataset petitions() throws IOException {
		Map<String, Integer> sequences = new LinkedHashMap<>();
		try (ChunkedCsv csv = new ChunkedCsv(folder, "petitions",
				"ref,kind,channel,received_on,received_by,anonymous,petitioners,subject_name,subject_unit_code,content",
				chunkRows)) {
			long written = 0;
			long m = 0;
			for (; written < scale.petitions(); m++) {
				for (int round = 0, copies = letters.copies(m); round < copies && written < scale.petitions(); round++) {
					Letters.Letter letter = letters.letter(m, round);
					if (letter.receivedOn().isAfter(LAST)) {
						break;
					}
					int year = letter.receivedOn().getYear();
					int seq = sequences.merge(letter.receivedBy() + "|" + year, 1, Integer::sum);
					csv.row(String.format("%s-%d-%06d", letter.receivedBy(), year, seq), letter.kind(), letter.channel(),
							letter.receivedOn(), letter.receivedBy(), letter.anonymous(), String.join(";", letter.petitioners()),
							letter.subjectName(), letter.subjectUnit(), letter.content());
					written++;
				}
			}
			matters = m;
			return csv.dataset();
		}
	}

	/** Communes to report on or scope queries by: the first few, deterministic. */
	List<String> someCommunes(int count) {
		List<String> codes = new ArrayList<>();
		for (int c = 0; c < Math.min(count, scale.communes()); c++) {
			codes.add(commune(scale, c));
		}
		return codes;
	}
}
