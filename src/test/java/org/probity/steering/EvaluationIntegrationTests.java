package org.probity.steering;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.probity.Api.asAdmin;
import static org.probity.steering.SteeringFixtures.cellOfA;
import static org.probity.steering.SteeringFixtures.created;
import static org.probity.steering.SteeringFixtures.json;
import static org.probity.steering.SteeringFixtures.read;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The "four good party cells" model: four criteria of 25 points, classes from the total, ranks shared on ties. */
@ProbityIntegrationTest
class EvaluationIntegrationTests {

	@Autowired
	MockMvc mvc;

	Province province;

	long set;

	List<Integer> criteria;

	@BeforeEach
	void fourGoodPartyCells() throws Exception {
		province = SteeringFixtures.province(mvc);
		set = created(mvc, json("/api/v1/evaluations/sets", """
				{"name":"%s","description":"Khung đánh giá chi bộ bốn tốt",
				 "criteria":[{"title":"Tốt về chính trị tư tưởng","maxPoints":25},
				             {"title":"Tốt về nội dung, phương thức sinh hoạt","maxPoints":25},
				             {"title":"Tốt về xây dựng đội ngũ","maxPoints":25},
				             {"title":"Tốt về lãnh đạo thực hiện nhiệm vụ","maxPoints":25,"weight":1}],
				 "classes":[{"label":"EXCELLENT","minTotal":90},{"label":"GOOD","minTotal":70},
				            {"label":"PASS","minTotal":50}]}""".formatted(Api.unique("Chi bộ bốn tốt "))));
		criteria = read(mvc, get("/api/v1/evaluations/sets/" + set), "$.criteria[*].id");
		score(1, 25, 25, 25, 20);
		score(2, 20, 20, 20, 20);
		score(3, 25, 25, 15, 15);
		score(4, 10, 10, 10, 10);
	}

	@Test
	void cellsAreRankedByTotalAndEqualTotalsShareARank() throws Exception {
		mvc.perform(asAdmin(ranking(province.communeA())))
			.andExpect(jsonPath("$[*].rank", contains(1, 2, 2, 4)))
			.andExpect(jsonPath("$[*].unitCode", contains(cellOfA(province, 1), cellOfA(province, 2),
					cellOfA(province, 3), cellOfA(province, 4))))
			.andExpect(jsonPath("$[*].total", contains(95.0, 80.0, 80.0, 40.0)))
			.andExpect(jsonPath("$[0].classification").value("EXCELLENT"))
			.andExpect(jsonPath("$[1].classification").value("GOOD"))
			.andExpect(jsonPath("$[3].classification").value(nullValue()));
		mvc.perform(asAdmin(ranking(province.communeB()))).andExpect(content().json("[]"));
		mvc.perform(asAdmin(ranking(province.code()))).andExpect(jsonPath("$.length()").value(4));
	}

	@Test
	void aCorrectedScoreMovesTheCellUp() throws Exception {
		mvc.perform(asAdmin(scores(4, 25, 25, 25, 25)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].unitCode").value(cellOfA(province, 4)))
			.andExpect(jsonPath("$[*].rank", contains(1, 2, 3, 3)));
	}

	@Test
	void pointsAboveTheCriterionsMaximumAreRefusedNamingTheField() throws Exception {
		mvc.perform(asAdmin(scores(1, 25, 26, 25, 25)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scores[1].points"));
		mvc.perform(asAdmin(json("/api/v1/evaluations/scores", """
				{"setId":%d,"unitCode":"%s","year":2024,"scores":[{"criterionId":-1,"points":1}]}"""
			.formatted(set, province.cellA()))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scores[0].criterionId"));
	}

	@Test
	void weightsCountACriterionSeveralTimes() throws Exception {
		long weighted = created(mvc, json("/api/v1/evaluations/sets", """
				{"name":"%s","criteria":[{"title":"Một","maxPoints":10},{"title":"Hai","maxPoints":10,"weight":2}],
				 "classes":[]}""".formatted(Api.unique("Có hệ số "))));
		List<Integer> ids = read(mvc, get("/api/v1/evaluations/sets/" + weighted), "$.criteria[*].id");
		mvc.perform(asAdmin(get("/api/v1/evaluations/sets/" + weighted))).andExpect(jsonPath("$.maxTotal").value(30.0));
		mvc.perform(asAdmin(json("/api/v1/evaluations/scores", """
				{"setId":%d,"unitCode":"%s","year":2024,"scores":[{"criterionId":%d,"points":10},
				 {"criterionId":%d,"points":5}]}""".formatted(weighted, province.cellA(), ids.get(0), ids.get(1)))))
			.andExpect(jsonPath("$[0].total").value(20.0));
	}

	@Test
	void theRankingPageListsTheCellsOfTheLastYearScored() throws Exception {
		mvc.perform(get("/steering/evaluations").param("set", "" + set).param("unit", province.communeA())
			.cookie(Api.signIn(mvc, Api.ADMIN, Api.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Chi bộ thôn 3")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("EXCELLENT")));
	}

	private void score(int cell, int... points) throws Exception {
		mvc.perform(asAdmin(scores(cell, points))).andExpect(status().isOk());
	}

	private MockHttpServletRequestBuilder scores(int cell, int... points) {
		StringBuilder given = new StringBuilder();
		for (int i = 0; i < points.length; i++) {
			given.append(i == 0 ? "" : ",").append("{\"criterionId\":").append(criteria.get(i))
				.append(",\"points\":").append(points[i]).append('}');
		}
		return json("/api/v1/evaluations/scores", "{\"setId\":" + set + ",\"unitCode\":\"" + cellOfA(province, cell)
				+ "\",\"year\":2024,\"scores\":[" + given + "]}");
	}

	private MockHttpServletRequestBuilder ranking(String unit) {
		return get("/api/v1/evaluations/ranking").param("set", "" + set).param("unit", unit).param("year", "2024");
	}
}
