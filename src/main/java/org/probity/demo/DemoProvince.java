package org.probity.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A deterministic synthetic province as CSV text in the contract's formats: the province, its communes with their
 * party committees and cells, provincial agencies, a district dissolved in 2025 whose communes were merged, and a
 * few thousand people with Vietnamese names.
 */
final class DemoProvince {

	static final String PROVINCE = "QN";

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
			"Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý" };

	private static final String[] MIDDLE = { "Văn", "Thị", "Quốc", "Minh", "Đức", "Thanh", "Hữu", "Ngọc", "Xuân",
			"Công", "Thu", "Hải" };

	private static final String[] GIVEN = { "Cường", "Hùng", "Lan", "Hương", "Dũng", "Thảo", "Tuấn", "Hà", "Sơn",
			"Linh", "Nam", "Phương", "Quang", "Trang", "Long", "Mai", "Bình", "Yến", "Khánh", "Thắng" };

	private static final String[] PLACES = { "Hạ Long", "Bãi Cháy", "Hồng Gai", "Cẩm Phả", "Uông Bí", "Móng Cái",
			"Quảng Yên", "Đông Triều", "Vân Đồn", "Cô Tô", "Tiên Yên", "Bình Liêu", "Đầm Hà", "Hải Hà", "Ba Chẽ",
			"Hoành Bồ", "Cao Xanh", "Hà Tu", "Việt Hưng", "Tuần Châu", "Hà An", "Yên Thanh", "Mạo Khê", "Hoàng Quế" };

	private static final String[] POSTS = { "Bí thư", "Phó Bí thư", "Chủ tịch UBND", "Phó Chủ tịch UBND",
			"Chủ nhiệm UBKT", "Cán bộ địa chính", "Kế toán", "Chuyên viên", "Đảng viên", "Trưởng thôn" };

	private final Random random = new Random(20250701L);

	private final List<String> units = new ArrayList<>();

	private final List<String> cells = new ArrayList<>();

	private final Map<String, String> unitOfPerson = new HashMap<>();

	String unitsCsv() {
		units.add("code,name,kind,parent_code,valid_from,valid_to");
		units.add("VN,Việt Nam,CENTRAL,,,");
		units.add("QN,Tỉnh Quảng Ninh,PROVINCE,VN,,");
		units.add("QN-TU,Đảng bộ tỉnh Quảng Ninh,PARTY_COMMITTEE,QN,,");
		units.add("QN-UBKT,Ủy ban Kiểm tra Tỉnh ủy,AGENCY,QN,,");
		units.add("QN-BNC,Ban Nội chính Tỉnh ủy,AGENCY,QN,,");
		units.add("QN-TTT,Thanh tra tỉnh,AGENCY,QN,,");
		units.add("QN-HB,Huyện Hoành Bồ,DISTRICT,QN,1979-01-01,2025-06-30");
		for (int i = 0; i < PLACES.length; i++) {
			commune(i);
		}
		units.add("QN-HB-TT,Thị trấn Trới,COMMUNE,QN-HB,1979-01-01,2025-06-30");
		units.add("QN-HB-LL,Xã Lê Lợi,COMMUNE,QN-HB,1979-01-01,2025-06-30");
		return String.join("\n", units) + "\n";
	}

	private void commune(int i) {
		String code = String.format("QN-%02d", i + 1);
		String kind = i < 8 ? "Phường " : "Xã ";
		units.add(code + "," + kind + PLACES[i] + ",COMMUNE,QN,2025-07-01,");
		units.add(code + "-DU,Đảng bộ " + kind.toLowerCase() + PLACES[i] + ",GRASSROOTS_COMMITTEE," + code + ",2025-07-01,");
		int cellCount = 3 + random.nextInt(4);
		for (int c = 1; c <= cellCount; c++) {
			String cell = code + "-CB" + c;
			units.add(cell + ",Chi bộ khu phố " + c + " " + PLACES[i] + ",PARTY_CELL," + code + "-DU,2025-07-01,");
			cells.add(cell);
		}
	}

	/** People spread over the cells and agencies; call after {@link #unitsCsv()}. */
	String peopleCsv(int count) {
		List<String> rows = new ArrayList<>(count + 1);
		rows.add("code,full_name,birth_date,unit_code,position,party_member");
		for (int i = 1; i <= count; i++) {
			String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
					+ GIVEN[random.nextInt(GIVEN.length)];
			String born = String.format("%d-%02d-%02d", 1955 + random.nextInt(45), 1 + random.nextInt(12),
					1 + random.nextInt(28));
			String unit = i % 25 == 0 ? "QN-UBKT" : cells.get(random.nextInt(cells.size()));
			String post = POSTS[random.nextInt(POSTS.length)];
			boolean member = random.nextInt(10) < 8;
			rows.add(String.format("P%06d,%s,%s,%s,%s,%s", i, name, born, unit, post, member));
			unitOfPerson.put(String.format("P%06d", i), unit);
		}
		return String.join("\n", rows) + "\n";
	}

	/** The unit of a person made by {@link #peopleCsv(int)}. */
	String unitOf(String personCode) {
		return unitOfPerson.get(personCode);
	}
}
