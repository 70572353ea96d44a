package org.probity.demo;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Deterministic demo petitions as CSV in the contract's format: matters about named officials with plots, sums and
 * years, each sent one to four times (re-sent without diacritics, with a new greeting, by other people), spread
 * over the communes and three years.
 */
final class DemoPetitions {

	private static final String[] OFFICIALS = { "Phạm Văn Toàn", "Nguyễn Thị Hằng", "Trần Quốc Hưng", "Lê Minh Đức",
			"Vũ Thanh Sơn", "Đỗ Hữu Nghĩa", "Bùi Ngọc Lâm", "Hoàng Văn Khải" };

	private static final String[] POSTS = { "Chủ tịch UBND xã", "cán bộ địa chính xã", "Phó Chủ tịch UBND phường",
			"Trưởng thôn", "kế toán xã" };

	private static final String[] TEMPLATES = {
			"Ông %s, %s, đã giao trái phép thửa đất số %d, tờ bản đồ số %d cho doanh nghiệp và nhận %d triệu đồng năm %d.",
			"Tôi tố cáo ông %s, %s, đòi %d triệu đồng khi cấp giấy chứng nhận quyền sử dụng thửa đất số %d, tờ bản đồ số %d năm %d.",
			"Khiếu nại việc ông %s, %s, bồi thường không đúng khi thu hồi thửa đất số %d, tờ bản đồ số %d; chênh lệch %d triệu đồng năm %d.",
			"Phản ánh công trình xây dựng trái phép trên thửa đất số %d tờ bản đồ số %d do ông %s, %s, làm ngơ; thiệt hại %d triệu đồng năm %d." };

	private static final String[] GREETINGS = { "Kính gửi các cơ quan có thẩm quyền. ", "Tôi xin trình bày sự việc như sau. ", "" };

	private static final String[] NAMES = { "Nguyễn Văn Bình", "Trần Thị Thu", "Lê Văn Hải", "Phạm Thị Lan", "Đặng Văn Tú" };

	private final Random random = new Random(20240101L);

	private final Map<String, Integer> sequences = new HashMap<>();

	String csv(int matters) {
		List<String> rows = new ArrayList<>();
		rows.add("ref,kind,channel,received_on,received_by,anonymous,petitioners,subject_name,subject_unit_code,content");
		LocalDate start = LocalDate.of(2024, 1, 2);
		for (int m = 0; m < matters; m++) {
			int template = random.nextInt(TEMPLATES.length);
			String official = OFFICIALS[random.nextInt(OFFICIALS.length)];
			String content = content(template, official, POSTS[random.nextInt(POSTS.length)]);
			String unit = String.format("QN-%02d", 1 + random.nextInt(24));
			String kind = template == 2 ? "COMPLAINT" : template == 3 ? "REFLECTION" : "DENUNCIATION";
			LocalDate received = start.plusDays(random.nextInt(1000));
			int letters = 1 + (random.nextInt(10) < 3 ? 1 + random.nextInt(3) : 0);
			for (int l = 0; l < letters && !received.isAfter(LocalDate.now()); l++) {
				boolean anonymous = kind.equals("DENUNCIATION") && random.nextBoolean();
				String text = l == 0 ? content : variant(content, l);
				String ref = unit + "-" + received.getYear() + "-"
						+ String.format("%06d", sequences.merge(unit + received.getYear(), 1, Integer::sum));
				rows.add(String.join(",", ref, kind, channel(), received.toString(), unit, String.valueOf(anonymous),
						anonymous ? "" : signatories(), l % 2 == 0 ? official : "", "", quote(text)));
				received = received.plusDays(7 + random.nextInt(60));
			}
		}
		return String.join("\n", rows) + "\n";
	}

	private String content(int template, String official, String post) {
		int plot = 100 + random.nextInt(900);
		int sheet = 1 + random.nextInt(40);
		int sum = 50 + 10 * random.nextInt(50);
		int year = 2019 + random.nextInt(6);
		return switch (template) {
			case 0 -> String.format(TEMPLATES[0], official, post, plot, sheet, sum, year);
			case 1 -> String.format(TEMPLATES[1], official, post, sum, plot, sheet, year);
			case 2 -> String.format(TEMPLATES[2], official, post, plot, sheet, sum, year);
			default -> String.format(TEMPLATES[3], plot, sheet, official, post, sum, year);
		};
	}

	/** The same matter sent again: with a greeting, or typed without diacritics. */
	private String variant(String content, int round) {
		String greeted = GREETINGS[random.nextInt(GREETINGS.length)] + content + " Đề nghị xử lý dứt điểm.";
		return round % 2 == 1 ? withoutDiacritics(greeted) : greeted;
	}

	private String channel() {
		String[] channels = { "DIRECT", "MAIL", "WEB", "HOTLINE", "FORWARDED", "PRESS" };
		return channels[random.nextInt(channels.length)];
	}

	private String signatories() {
		int count = 1 + (random.nextInt(10) == 0 ? 4 : 0);
		List<String> names = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			names.add(NAMES[random.nextInt(NAMES.length)]);
		}
		return String.join(";", names);
	}

	private static String withoutDiacritics(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D');
	}

	private static String quote(String text) {
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}
}
