package org.probity.demo;

import java.util.Random;

import org.probity.cases.CaseField;
import org.probity.cases.Stage;

/** The words of the demo cases, in Vietnamese as the records would be written. */
final class DemoCaseTexts {

	private static final String[] CHARGES = { "Tham ô tài sản (Điều 353 BLHS)", "Nhận hối lộ (Điều 354 BLHS)",
			"Lợi dụng chức vụ, quyền hạn trong khi thi hành công vụ (Điều 356 BLHS)",
			"Vi phạm quy định về đấu thầu gây hậu quả nghiêm trọng (Điều 222 BLHS)",
			"Vi phạm quy định về quản lý đất đai (Điều 229 BLHS)", "Đưa hối lộ (Điều 364 BLHS)" };

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Vũ", "Đặng", "Bùi", "Đỗ" };

	private static final String[] GIVEN = { "Văn Hùng", "Thị Hoa", "Quốc Toản", "Minh Tuấn", "Thị Thu", "Đức Long",
			"Xuân Trường", "Thanh Hải" };

	private DemoCaseTexts() {
	}

	static String title(CaseField field, String place) {
		String what = switch (field) {
			case LAND -> "Vi phạm quy định về quản lý đất đai, giao đất trái thẩm quyền";
			case FINANCE -> "Tham ô tài sản, chi sai ngân sách";
			case PROCUREMENT -> "Vi phạm quy định về đấu thầu gói thầu mua sắm thiết bị";
			case HEALTH -> "Nâng khống giá mua sắm vật tư y tế";
			case CONSTRUCTION -> "Sai phạm trong đầu tư xây dựng công trình hạ tầng";
			case MINERALS -> "Buông lỏng quản lý để khai thác khoáng sản trái phép";
			case EDUCATION -> "Sai phạm trong mua sắm thiết bị dạy học";
			case BANKING -> "Cho vay sai quy định, lập hồ sơ khống";
			case ENVIRONMENT -> "Nhận hối lộ để bỏ qua vi phạm về môi trường";
			case OTHER -> "Lợi dụng chức vụ, quyền hạn";
		};
		return what + " tại " + place;
	}

	static String summary() {
		return "Phát hiện qua công tác kiểm tra, thanh tra và giải quyết đơn thư; gây thất thoát tài sản của Nhà nước.";
	}

	static String note(Stage stage) {
		return switch (stage) {
			case VERIFYING -> "Xác minh tin báo về tội phạm";
			case INVESTIGATING -> "Quyết định khởi tố vụ án hình sự";
			case PROSECUTED -> "Cáo trạng truy tố";
			case FIRST_INSTANCE_TRIAL -> "Bản án hình sự sơ thẩm";
			case APPEAL_TRIAL -> "Bản án hình sự phúc thẩm";
			case ENFORCEMENT -> "Quyết định thi hành án";
			default -> null;
		};
	}

	static String name(Random random) {
		return FAMILY[random.nextInt(FAMILY.length)] + " " + GIVEN[random.nextInt(GIVEN.length)];
	}

	static String charge(Random random) {
		return CHARGES[random.nextInt(CHARGES.length)];
	}
}
