package org.probity.reports;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.probity.Province;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A year of records (2025) around a test {@link Province}, with records on both edges of the window, just outside
 * it, and by or on another province ({@code elsewhere}), so every report figure has a number to compute by hand.
 */
record ReportFixtures(Province p, Province elsewhere) {

	static final String OVERSIGHT = "ref,activity,body,conducted_by,programme,target_kind,target_code,started_on,concluded_on,outcome\n";

	static final String DISCIPLINE = "ref,target_kind,target_code,form,decided_by,decided_on,reason\n";

	static final String PETITIONS = "ref,kind,channel,received_on,received_by,anonymous,petitioners,subject_name,subject_unit_code,content\n";

	/**
	 * In 2025 the province's committee looks at communes A and B and three times at members (R1, R7); commune A's
	 * commission at its cell twice, at commune B and at both members (R2, R3). R4 and R5 fall a day outside the
	 * year; R6 is the other province's committee looking at commune A, which is not the province's own work.
	 */
	String oversight() {
		return OVERSIGHT + """
				%1$s-R1,INSPECTION,COMMITTEE,%1$s,REGULAR,UNIT,%2$s,2025-01-01,,
				%1$s-R1,INSPECTION,COMMITTEE,%1$s,REGULAR,UNIT,%3$s,2025-01-01,,
				%1$s-R1,INSPECTION,COMMITTEE,%1$s,REGULAR,PERSON,%5$s,2025-01-01,,
				%1$s-R7,SUPERVISION,COMMITTEE,%1$s,THEMATIC,PERSON,%5$s,2025-03-03,,
				%1$s-R7,SUPERVISION,COMMITTEE,%1$s,THEMATIC,PERSON,%6$s,2025-03-03,,
				%1$s-R2,INSPECTION,INSPECTION_COMMISSION,%2$s,THEMATIC,UNIT,%4$s,2025-06-15,2025-07-01,VIOLATION
				%1$s-R2,INSPECTION,INSPECTION_COMMISSION,%2$s,THEMATIC,PERSON,%5$s,2025-06-15,2025-07-01,SHORTCOMINGS
				%1$s-R2,INSPECTION,INSPECTION_COMMISSION,%2$s,THEMATIC,PERSON,%6$s,2025-06-15,2025-07-01,NO_VIOLATION
				%1$s-R3,SUPERVISION,INSPECTION_COMMISSION,%2$s,PARTY_FINANCE,UNIT,%4$s,2025-12-31,,
				%1$s-R3,SUPERVISION,INSPECTION_COMMISSION,%2$s,PARTY_FINANCE,UNIT,%3$s,2025-12-31,,
				%1$s-R4,SUPERVISION,COMMITTEE,%3$s,REGULAR,PERSON,%6$s,2024-12-31,,
				%1$s-R5,INSPECTION,COMMITTEE,%3$s,REGULAR,PERSON,%6$s,2026-01-01,,
				%1$s-R6,INSPECTION,COMMITTEE,%7$s,REGULAR,UNIT,%2$s,2025-05-05,,
				""".formatted(p.code(), p.communeA(), p.communeB(), p.cellA(), p.personA(), p.personB(),
				elsewhere.code());
	}

	/**
	 * In 2025: member A reprimanded and later removed (counted twice), member B warned, cell A dissolved. D5 and D6
	 * fall a day outside the year; D7 disciplines the other province's member.
	 */
	String discipline() {
		return DISCIPLINE + """
				%1$s-D1,PERSON,%2$s,REPRIMAND,%1$s,2025-01-01,Vi phạm quy định về đất đai
				%1$s-D2,PERSON,%3$s,WARNING,%1$s,2025-05-05,Vi phạm quy định về đất đai
				%1$s-D3,PERSON,%2$s,REMOVAL,%1$s,2025-12-31,Vi phạm quy định về đất đai
				%1$s-D4,UNIT,%4$s,DISSOLUTION,%1$s,2025-07-07,Mất sức chiến đấu
				%1$s-D5,PERSON,%3$s,EXPULSION,%1$s,2024-12-31,Vi phạm quy định về đất đai
				%1$s-D6,UNIT,%4$s,WARNING,%1$s,2026-01-01,Vi phạm quy định về đất đai
				%1$s-D7,PERSON,%5$s,WARNING,%6$s,2025-06-06,Vi phạm quy định về đất đai
				""".formatted(p.code(), p.personA(), p.personB(), p.cellA(), elsewhere.personA(), elsewhere.code());
	}

	/**
	 * In 2025: a complaint to commune A on the first day, one denunciation to commune B and its repeat (one matter),
	 * a recommendation to the province on the last day (refused by the test: handled). T5 falls a day before the year;
	 * T6 goes to the other province.
	 */
	String petitions() {
		String landGrab = "\"Ông Hoàng Văn Khải, cán bộ địa chính %s, đã nhận 200 triệu đồng để hợp thức hóa thửa đất "
				.formatted(p.code()) + "số 88, tờ bản đồ số 7, lấn chiếm đất công. Đề nghị xác minh, xử lý.\"";
		return PETITIONS + """
				%1$s-T1,COMPLAINT,DIRECT,2025-01-01,%2$s,false,Trần Thị Hoa,,,Khiếu nại quyết định thu hồi đất số 12 của %1$s
				%1$s-T2,DENUNCIATION,MAIL,2025-04-04,%3$s,true,,Hoàng Văn Khải,,%5$s
				%1$s-T3,DENUNCIATION,WEB,2025-04-20,%3$s,true,,Hoàng Văn Khải,,%5$s
				%1$s-T4,RECOMMENDATION,HOTLINE,2025-12-31,%1$s,false,Lê Văn Nam;Lê Thị Mai,,,Kiến nghị sửa đường liên thôn %1$s
				%1$s-T5,REFLECTION,PRESS,2024-12-31,%2$s,true,,,,Phản ánh ô nhiễm môi trường tại %1$s
				%1$s-T6,COMPLAINT,DIRECT,2025-05-05,%4$s,false,Nguyễn Văn Tư,,,Khiếu nại việc bồi thường tại %4$s
				""".formatted(p.code(), p.communeA(), p.communeB(), elsewhere.code(), landGrab);
	}

	/** Two sessions in 2025 (one a dialogue), 17 citizens; one the day before the year. */
	MockHttpServletRequestBuilder[] receptionSessions() {
		return new MockHttpServletRequestBuilder[] { session(p.communeA(), "2025-02-02", false, 5),
				session(p.communeB(), "2025-12-31", true, 12), session(p.code(), "2024-12-31", false, 3) };
	}

	private static MockHttpServletRequestBuilder session(String unit, String heldOn, boolean dialogue, int citizens) {
		return post("/api/v1/reception-sessions").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"unitCode":"%s","heldOn":"%s","host":"Bí thư Đảng ủy","adHoc":false,"dialogue":%s,"citizens":%d}"""
				.formatted(unit, heldOn, dialogue, citizens));
	}
}
