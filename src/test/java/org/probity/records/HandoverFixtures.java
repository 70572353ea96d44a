package org.probity.records;

import static org.probity.Api.asAdmin;
import static org.probity.Api.importCsv;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.probity.Api;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A province with four communes ({@code C1}–{@code C4}, each with a member and records of every kind in 2025), a
 * commune {@code X} that no restructuring touches, and a second province {@code Q}: what merges, splits and moves
 * are tried on.
 */
record HandoverFixtures(String code) {

	static HandoverFixtures fresh() {
		return new HandoverFixtures(Api.unique("H"));
	}

	String commune(int n) {
		return code + "-C" + n;
	}

	String other() {
		return code + "-X";
	}

	String otherProvince() {
		return code + "Q";
	}

	List<MockHttpServletRequestBuilder> imports() {
		StringBuilder units = new StringBuilder("code,name,kind,parent_code,valid_from,valid_to\n");
		units.append(code).append(",Tỉnh Hợp Nhất ").append(code).append(",PROVINCE,,2025-07-01,\n");
		units.append(otherProvince()).append(",Tỉnh Khác ").append(code).append(",PROVINCE,,2025-07-01,\n");
		StringBuilder people = new StringBuilder("code,full_name,birth_date,unit_code,position,party_member\n");
		StringBuilder oversight = new StringBuilder("ref,activity,body,conducted_by,programme,target_kind,target_code,"
				+ "started_on,concluded_on,outcome\n");
		StringBuilder discipline = new StringBuilder("ref,target_kind,target_code,form,decided_by,decided_on,reason\n");
		StringBuilder petitions = new StringBuilder("ref,kind,channel,received_on,received_by,anonymous,petitioners,"
				+ "subject_name,subject_unit_code,content\n");
		for (int n = 1; n <= 5; n++) {
			String commune = n == 5 ? other() : commune(n);
			String person = commune + "-P";
			units.append(commune).append(",Xã Số ").append(n).append(",COMMUNE,").append(code).append(",2025-07-01,\n");
			people.append(person).append(",Nguyễn Văn Số ").append(n).append(",1975-03-0").append(n).append(',')
				.append(commune).append(",Chủ tịch xã,true\n");
			oversight.append(commune).append("-K1,INSPECTION,INSPECTION_COMMISSION,").append(commune)
				.append(",THEMATIC,PERSON,").append(person).append(",2025-03-0").append(n).append(",2025-05-01,SHORTCOMINGS\n");
			oversight.append(commune).append("-K2,SUPERVISION,COMMITTEE,").append(commune).append(",REGULAR,UNIT,")
				.append(commune).append(",2025-08-0").append(n).append(",,\n");
			discipline.append(commune).append("-D1,PERSON,").append(person).append(",WARNING,").append(code)
				.append(",2025-09-0").append(n).append(",Vi phạm quy định về đất đai\n");
			petitions.append(commune).append("-T1,DENUNCIATION,MAIL,2025-10-0").append(n).append(',').append(commune)
				.append(",true,,Trần Văn Tố,,Tố cáo cán bộ địa chính xã ").append(n).append(" nhận tiền\n");
			petitions.append(commune).append("-T2,COMPLAINT,DIRECT,2025-11-0").append(n).append(',').append(commune)
				.append(",false,Lê Thị Hoa,,,Khiếu nại quyết định thu hồi đất số ").append(n).append('\n');
		}
		return List.of(asAdmin(importCsv("units", units.toString())), asAdmin(importCsv("people", people.toString())),
				asAdmin(importCsv("oversight", oversight.toString())),
				asAdmin(importCsv("discipline", discipline.toString())),
				asAdmin(importCsv("petitions", petitions.toString())));
	}

	MockHttpServletRequestBuilder restructure(String json) {
		return asAdmin(post("/api/v1/units/restructurings").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	/** Communes 1 to 3 become {@code N} on the first day of 2026. */
	MockHttpServletRequestBuilder mergeThree() {
		return restructure("""
				{"kind":"MERGE","effectiveOn":"2026-01-01","from":["%s","%s","%s"],
				 "into":[{"code":"%s","name":"Xã Hợp Nhất","kind":"COMMUNE","parentCode":"%s"}]}"""
			.formatted(commune(1), commune(2), commune(3), merged(), code));
	}

	String merged() {
		return code + "-N";
	}

	/** Commune 4 becomes {@code S1} and {@code S2}; {@code S2} keeps its records. */
	MockHttpServletRequestBuilder splitFourth() {
		return restructure("""
				{"kind":"SPLIT","effectiveOn":"2026-01-01","from":["%1$s"],"custodian":"%2$s-S2",
				 "into":[{"code":"%2$s-S1","name":"Xã Tách Một","kind":"COMMUNE","parentCode":"%2$s"},
				         {"code":"%2$s-S2","name":"Xã Tách Hai","kind":"COMMUNE","parentCode":"%2$s"}]}"""
			.formatted(commune(4), code));
	}
}
