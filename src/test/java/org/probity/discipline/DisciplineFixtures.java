package org.probity.discipline;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.probity.Province;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Discipline decisions on the {@link Province} fixture, as CSV rows and API bodies. */
final class DisciplineFixtures {

	static final String HEADER = "ref,target_kind,target_code,form,decided_by,decided_on,reason\n";

	private DisciplineFixtures() {
	}

	static String row(String ref, String kind, String target, String form, String decidedBy, String decidedOn) {
		return String.join(",", ref, kind, target, form, decidedBy, decidedOn, "Vi phạm quy định quản lý đất đai")
				+ "\n";
	}

	/** A reprimand of the commune A member, decided by the province, opened through the API. */
	static String reprimandOfMemberA(Province province, String decidedOn, String violationOn) {
		return decision(province, "PERSON", province.personA(), "REPRIMAND", decidedOn, violationOn);
	}

	static String decision(Province province, String kind, String target, String form, String decidedOn,
			String violationOn) {
		return """
				{"targetKind":"%s","targetCode":"%s","form":"%s","decidedBy":"%s","decidedOn":"%s",
				 "violationOn":%s,"reason":"Vi phạm quy định quản lý đất đai"}"""
			.formatted(kind, target, form, province.code(), decidedOn,
					violationOn == null ? "null" : "\"" + violationOn + "\"");
	}

	static MockHttpServletRequestBuilder open(String json) {
		return post("/api/v1/discipline").contentType(MediaType.APPLICATION_JSON).content(json);
	}

	static MockHttpServletRequestBuilder appeal(String ref, String lodgedOn) {
		return post("/api/v1/discipline/" + ref + "/appeal").contentType(MediaType.APPLICATION_JSON)
			.content("{\"lodgedOn\":\"" + lodgedOn + "\",\"grounds\":\"Hình thức kỷ luật quá nặng\"}");
	}
}
