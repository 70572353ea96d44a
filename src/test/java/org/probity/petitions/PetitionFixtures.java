package org.probity.petitions;

import java.time.LocalDate;

/** Petitions with intention-revealing names, as API bodies. */
final class PetitionFixtures {

	static final String LAND_GRAB = "Ông Phạm Văn Toàn, Chủ tịch UBND xã, đã giao trái phép thửa đất số 215, tờ bản đồ số 12 "
			+ "cho doanh nghiệp và nhận 300 triệu đồng năm 2023. Đề nghị các cơ quan có thẩm quyền xác minh, xử lý.";

	private PetitionFixtures() {
	}

	static String namedDenunciation(String receivedBy, String content) {
		return body("DENUNCIATION", "MAIL", LocalDate.now().minusDays(1).toString(), receivedBy, false,
				"[{\"name\":\"Nguyễn Văn Bình\",\"idNumber\":\"001099012345\",\"phone\":\"0912345678\",\"address\":\"Thôn 3\"}]",
				"Phạm Văn Toàn", content);
	}

	static String anonymousDenunciation(String receivedBy, String content) {
		return body("DENUNCIATION", "WEB", LocalDate.now().toString(), receivedBy, true, "[]", "Phạm Văn Toàn", content);
	}

	static String complaintReceivedOn(String receivedBy, String day) {
		return body("COMPLAINT", "DIRECT", day, receivedBy, false, "[{\"name\":\"Trần Thị Hoa\"}]", null,
				"Khiếu nại quyết định thu hồi đất của UBND xã đối với hộ gia đình tôi.");
	}

	static String body(String kind, String channel, String receivedOn, String receivedBy, boolean anonymous,
			String petitioners, String subjectName, String content) {
		return """
				{"kind":"%s","channel":"%s","receivedOn":"%s","receivedBy":"%s","anonymous":%s,"petitioners":%s,
				 "subjectName":%s,"subjectUnitCode":null,"content":"%s"}"""
			.formatted(kind, channel, receivedOn, receivedBy, anonymous, petitioners,
					subjectName == null ? "null" : "\"" + subjectName + "\"", content.replace("\"", "\\\""));
	}
}
