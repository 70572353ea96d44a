package org.probity.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probity.Api.as;
import static org.probity.Api.asAdmin;
import static org.probity.integrity.IntegrityFixtures.classify;
import static org.probity.integrity.IntegrityFixtures.denunciation;
import static org.probity.integrity.IntegrityFixtures.json;
import static org.probity.integrity.IntegrityFixtures.petition;
import static org.probity.integrity.IntegrityFixtures.signalKeys;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.MovableClock;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.probity.shared.Folding;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Signals the petitions bring about as they are registered and classified: repeated denunciations, hot spots. */
@ProbityIntegrationTest
class PetitionSignalsIntegrationTests {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

	@Autowired
	MockMvc mvc;

	@Autowired
	MovableClock clock;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	Province province;

	@BeforeEach
	void aProvince() throws Exception {
		clock.moveTo(TODAY);
		province = IntegrityFixtures.province(mvc);
	}

	@AfterEach
	void backToRealTime() {
		clock.reset();
	}

	@Test
	void theSamePersonDenouncedThreeTimesInThreeYearsAcrossChannelsRaisesOneSignal() throws Exception {
		denunciation(mvc, "Nguyễn Văn Tham", province.communeA(), "MAIL", "2024-01-10");
		denunciation(mvc, "Nguyen Van Tham", province.communeA(), "HOTLINE", "2025-02-10");
		assertThat(signalKeys(mvc, jdbc, "REPEATED_DENUNCIATION", province.communeA())).isEmpty();
		denunciation(mvc, "NGUYỄN VĂN THAM", province.communeA(), "WEB", "2026-03-10");
		denunciation(mvc, "Nguyễn Văn Tham", province.communeA(), "DIRECT", "2026-04-10");

		assertThat(signalKeys(mvc, jdbc, "REPEATED_DENUNCIATION", province.communeA()))
			.containsExactly(Folding.fold("nguyen van tham") + "@" + province.communeA());
		mvc.perform(asAdmin(get("/api/v1/signals").param("kind", "REPEATED_DENUNCIATION")
				.param("unit", province.communeA())))
			.andExpect(jsonPath("$.content[0].evidence.length()").value(4))
			.andExpect(jsonPath("$.content[0].state").value("OPEN"));
	}

	@Test
	void denunciationsSpreadOverMoreThanThreeYearsOrAboutDifferentPeopleStaySilent() throws Exception {
		denunciation(mvc, "Trương Văn Xa", province.communeA(), "MAIL", "2019-01-01");
		denunciation(mvc, "Trương Văn Xa", province.communeA(), "WEB", "2022-06-01");
		denunciation(mvc, "Trương Văn Xa", province.communeA(), "HOTLINE", "2025-12-01");
		denunciation(mvc, "Lý Văn Một", province.communeB(), "MAIL", "2026-01-01");
		denunciation(mvc, "Lý Văn Hai", province.communeB(), "MAIL", "2026-01-02");
		denunciation(mvc, "Lý Văn Ba", province.communeB(), "MAIL", "2026-01-03");

		assertThat(signalKeys(mvc, jdbc, "REPEATED_DENUNCIATION", province.code())).isEmpty();
	}

	@Test
	void theNearestUnitsOverrideDecidesHowManyDenunciationsItTakes() throws Exception {
		setThreshold(province.code(), "{\"repeatCount\":2}");
		setThreshold(province.communeA(), "{\"repeatCount\":5}");
		for (String day : new String[] { "2026-01-05", "2026-02-05", "2026-03-05" }) {
			denunciation(mvc, "Hồ Văn Năm", province.communeA(), "MAIL", day);
		}
		denunciation(mvc, "Đặng Văn Sáu", province.communeB(), "MAIL", "2026-01-05");
		denunciation(mvc, "Đặng Văn Sáu", province.communeB(), "WEB", "2026-02-05");

		assertThat(signalKeys(mvc, jdbc, "REPEATED_DENUNCIATION", province.communeA())).isEmpty();
		assertThat(signalKeys(mvc, jdbc, "REPEATED_DENUNCIATION", province.communeB())).hasSize(1);
		mvc.perform(asAdmin(get("/api/v1/signals/thresholds").param("unit", province.communeB())))
			.andExpect(jsonPath("$.effective.repeatCount").value(2))
			.andExpect(jsonPath("$.effective.repeatYears").value(3))
			.andExpect(jsonPath("$.own").doesNotExist());
	}

	@Test
	void aSurgeOnOneTopicInACommuneAgainstAQuietPastIsAHotSpot() throws Exception {
		classify(mvc, petition(mvc, "REFLECTION", null, province.communeA(), "DIRECT", "2026-02-01", "Lấn chiếm đất"), "LAND");
		for (int day = 1; day <= 5; day++) {
			long id = petition(mvc, "COMPLAINT", null, province.communeA(), "DIRECT", "2026-06-2" + day,
					"Khiếu nại về thu hồi đất lần " + day);
			assertThat(signalKeys(mvc, jdbc, "HOT_SPOT", province.communeA())).isEmpty();
			classify(mvc, id, "LAND");
		}
		assertThat(signalKeys(mvc, jdbc, "HOT_SPOT", province.communeA())).containsExactly("LAND@" + province.communeA());
	}

	@Test
	void asManyPetitionsAsUsualOrTooFewAreNoHotSpot() throws Exception {
		setThreshold(province.communeB(), "{\"surgeMinimum\":2}");
		LocalDate day = TODAY.minusDays(35);
		for (int window = 0; window < 6; window++, day = day.minusDays(30)) {
			for (int n = 0; n < 2; n++) {
				classify(mvc, petition(mvc, "COMPLAINT", null, province.communeB(), "MAIL", day.minusDays(n).toString(),
						"Khiếu nại đền bù " + window + n), "COMPENSATION_CLEARANCE");
			}
		}
		for (int n = 0; n < 3; n++) {
			classify(mvc, petition(mvc, "COMPLAINT", null, province.communeB(), "MAIL", TODAY.minusDays(n).toString(),
					"Khiếu nại đền bù mới " + n), "COMPENSATION_CLEARANCE");
		}
		for (int n = 0; n < 4; n++) {
			classify(mvc, petition(mvc, "COMPLAINT", null, province.communeA(), "MAIL", TODAY.minusDays(n).toString(),
					"Phản ánh môi trường " + n), "ENVIRONMENT");
		}

		assertThat(signalKeys(mvc, jdbc, "HOT_SPOT", province.code())).isEmpty();
	}

	@Test
	void anOfficerOfAnotherCommuneSeesNoSignalOfThisOne() throws Exception {
		for (String day : new String[] { "2026-01-05", "2026-02-05", "2026-03-05" }) {
			denunciation(mvc, "Vũ Văn Bảy", province.communeA(), "MAIL", day);
		}
		String outsider = IntegrityFixtures.user(mvc, "OFFICER", province.communeB());
		String insider = IntegrityFixtures.user(mvc, "OFFICER", province.communeA());
		IntegrityFixtures.settled(jdbc);
		String body = mvc.perform(asAdmin(get("/api/v1/signals").param("unit", province.communeA())))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.content[0].id")).longValue();

		mvc.perform(as(outsider, get("/api/v1/signals"))).andExpect(jsonPath("$.page.totalElements").value(0));
		mvc.perform(as(outsider, get("/api/v1/signals/" + id))).andExpect(status().isNotFound());
		mvc.perform(get("/signals/" + id).cookie(Api.signIn(mvc, outsider, Api.PASSWORD))).andExpect(status().isNotFound());
		mvc.perform(as(insider, get("/api/v1/signals/" + id))).andExpect(status().isOk());
		mvc.perform(get("/signals").cookie(Api.signIn(mvc, insider, Api.PASSWORD))).andExpect(status().isOk());
	}

	private void setThreshold(String unit, String body) throws Exception {
		mvc.perform(asAdmin(json(post("/api/v1/signals/thresholds/" + unit), body))).andExpect(status().isOk());
	}
}
