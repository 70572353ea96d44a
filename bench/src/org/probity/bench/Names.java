package org.probity.bench;

import java.util.Random;

/** Vietnamese words the generator draws from: names, places, offices and the stuff petitions are made of. */
final class Names {

	static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
			"Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Tô" };

	static final String[] MIDDLE = { "Văn", "Thị", "Quốc", "Minh", "Đức", "Thanh", "Hữu", "Ngọc", "Xuân", "Công", "Thu",
			"Hải", "Trọng", "Kim", "Đình", "Bá" };

	static final String[] GIVEN = { "Cường", "Hùng", "Lan", "Hương", "Dũng", "Thảo", "Tuấn", "Hà", "Sơn", "Linh", "Nam",
			"Phương", "Quang", "Trang", "Long", "Mai", "Bình", "Yến", "Khánh", "Thắng", "Toàn", "Hằng", "Nghĩa", "Lâm",
			"Khải", "Tú", "Hải", "Thu", "Đạt", "Vinh" };

	static final String[] PLACES = { "Hạ Long", "Bãi Cháy", "Hồng Gai", "Cẩm Phả", "Uông Bí", "Móng Cái", "Quảng Yên",
			"Đông Triều", "Vân Đồn", "Tiên Yên", "Bình Liêu", "Đầm Hà", "Hải Hà", "Ba Chẽ", "Hoành Bồ", "Cao Xanh", "Hà Tu",
			"Việt Hưng", "Tuần Châu", "Hà An", "Yên Thanh", "Mạo Khê", "Hoàng Quế", "Phong Cốc", "Liên Vị", "Sông Khoai",
			"Đồng Tâm", "Tân Lập", "Thống Nhất", "Quang Trung", "Hưng Đạo", "Bình Dương", "Kim Sơn", "An Sinh" };

	static final String[] PROVINCES = { "Quảng Ninh", "Hải Phòng", "Thái Bình", "Nam Định", "Ninh Bình", "Thanh Hóa",
			"Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Huế", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Đắk Lắk",
			"Khánh Hòa", "Lâm Đồng", "Đồng Nai", "Tây Ninh", "Đồng Tháp", "Vĩnh Long", "An Giang", "Cần Thơ", "Cà Mau",
			"Hà Nội", "Thành phố Hồ Chí Minh", "Lạng Sơn", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên",
			"Phú Thọ", "Bắc Ninh", "Hưng Yên" };

	static final String[] POSITIONS = { "Bí thư", "Phó Bí thư", "Chủ tịch UBND", "Phó Chủ tịch UBND", "Chủ nhiệm UBKT",
			"Cán bộ địa chính", "Kế toán", "Chuyên viên", "Đảng viên", "Trưởng thôn", "Công chức tư pháp",
			"Chỉ huy trưởng quân sự" };

	static final String[] POSTS = { "Chủ tịch UBND xã", "cán bộ địa chính xã", "Phó Chủ tịch UBND phường",
			"Trưởng thôn", "kế toán xã", "Bí thư Đảng ủy xã", "công chức xây dựng", "Giám đốc Ban quản lý dự án" };

	static final String[] VILLAGES = { "Đông", "Tây", "Nam", "Bắc", "Thượng", "Hạ", "Trung", "Tân", "Cựu", "Mới",
			"Chợ", "Bến", "Đồi", "Cầu", "Giếng", "Đình" };

	static final String[] WORKS = { "nhà văn hóa", "đường giao thông nông thôn", "kênh mương nội đồng",
			"trường mầm non", "trạm y tế", "chợ", "cầu dân sinh", "sân vận động", "bãi rác", "nghĩa trang",
			"hệ thống nước sạch", "khu tái định cư", "bờ kè", "đê bao", "khu công nghiệp", "cụm dân cư" };

	static final String[] HARMS = { "gây ngập úng ruộng lúa", "làm nứt tường nhà dân", "gây ô nhiễm nguồn nước",
			"lấn chiếm lối đi chung", "chặt phá rừng phòng hộ", "san lấp ao hồ", "làm hư hỏng hoa màu",
			"gây bụi và tiếng ồn", "làm sạt lở đất vườn", "thu phí trái quy định" };

	static final String[] ASKS = { "Đề nghị cơ quan chức năng xác minh và xử lý nghiêm.",
			"Mong được xem xét thấu đáo, trả lại quyền lợi chính đáng cho gia đình.",
			"Yêu cầu công khai hồ sơ và thu hồi số tiền sai phạm.", "Đề nghị thanh tra toàn diện việc này.",
			"Kính mong lãnh đạo quan tâm chỉ đạo giải quyết sớm.", "" };

	static final String[] GREETINGS = { "Kính gửi các cơ quan có thẩm quyền. ", "Tôi xin trình bày sự việc như sau. ",
			"Kính gửi Thanh tra tỉnh. ", "Tôi viết đơn này lần nữa vì chưa được trả lời. ", "" };

	private Names() {
	}

	static String person(Random random) {
		return pick(random, FAMILY) + " " + pick(random, MIDDLE) + " " + pick(random, GIVEN);
	}

	static String pick(Random random, String[] words) {
		return words[random.nextInt(words.length)];
	}
}
