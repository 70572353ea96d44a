package org.probity.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.probity.Api.as;
import static org.probity.Api.asAdmin;
import static org.probity.Api.createUser;
import static org.probity.Api.importCsv;
import static org.probity.steering.SteeringFixtures.committeeOf;
import static org.probity.steering.SteeringFixtures.created;
import static org.probity.steering.SteeringFixtures.direction;
import static org.probity.steering.SteeringFixtures.directionDone;
import static org.probity.steering.SteeringFixtures.meeting;
import static org.probity.steering.SteeringFixtures.task;
import static org.probity.steering.SteeringFixtures.taskDone;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** An officer of commune A neither reads nor writes what commune B's committee does, until B moves under A. */
@ProbityIntegrationTest
class SteeringJurisdictionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	Province province;

	String officerA;

	long committeeA;

	long committeeB;

	long meetingB;

	long directionB;

	long taskB;

	@BeforeEach
	void aCommitteeInEachCommune() throws Exception {
		province = SteeringFixtures.province(mvc);
		committeeA = created(mvc, committeeOf(province, province.communeA()));
		committeeB = created(mvc, committeeOf(province, province.communeB()));
		meetingB = created(mvc, meeting(committeeB, "REGULAR", "2024-05-05"));
		directionB = created(mvc, direction(committeeB, province.communeB(), "2024-05-05", "2024-06-05", null));
		taskB = created(mvc, task(committeeB, province.communeB(), "2024-05-05", "2024-06-05"));
		officerA = Api.unique("officer-a");
		mvc.perform(createUser(officerA, "OFFICER", province.communeA())).andExpect(status().isCreated());
	}

	@Test
	void anotherCommunesCommitteeAndEverythingItDidAreNotFound() throws Exception {
		mvc.perform(as(officerA, get("/api/v1/committees")))
			.andExpect(jsonPath("$[*].id", hasItem((int) committeeA)))
			.andExpect(jsonPath("$[*].id", not(hasItem((int) committeeB))));
		for (String url : new String[] { "/api/v1/committees/" + committeeB, "/api/v1/meetings/" + meetingB,
				"/api/v1/directions/" + directionB, "/api/v1/tasks/" + taskB }) {
			mvc.perform(as(officerA, get(url))).andExpect(status().isNotFound());
		}
		mvc.perform(as(officerA, get("/api/v1/meetings").param("unit", province.communeB())))
			.andExpect(status().isNotFound());
		mvc.perform(as(officerA, get("/api/v1/meetings").param("committee", "" + committeeB)))
			.andExpect(jsonPath("$.page.totalElements").value(0));
		mvc.perform(as(officerA, task(committeeB, province.communeA(), "2024-05-05", "2024-06-05")))
			.andExpect(status().isNotFound());
		mvc.perform(as(officerA, taskDone(taskB, "2024-05-06"))).andExpect(status().isNotFound());
		mvc.perform(as(officerA, directionDone(directionB, "2024-05-06"))).andExpect(status().isNotFound());
		Cookie page = Api.signIn(mvc, officerA, Api.PASSWORD);
		mvc.perform(get("/steering/committees/" + committeeB).cookie(page)).andExpect(status().isNotFound());
		mvc.perform(get("/steering/meetings/" + meetingB).cookie(page)).andExpect(status().isNotFound());
		mvc.perform(get("/steering/tasks/" + taskB).cookie(page)).andExpect(status().isNotFound());
		mvc.perform(get("/steering").cookie(page))
			.andExpect(content().string(containsString(province.communeA())))
			.andExpect(content().string(not(containsString(province.communeB()))));
	}

	@Test
	void anAuditorReadsButMayNotWrite() throws Exception {
		String auditor = Api.unique("auditor");
		mvc.perform(createUser(auditor, "AUDITOR", province.code())).andExpect(status().isCreated());
		mvc.perform(as(auditor, get("/api/v1/meetings/" + meetingB))).andExpect(status().isOk());
		mvc.perform(as(auditor, meeting(committeeB, "REGULAR", "2024-05-06"))).andExpect(status().isForbidden());
		mvc.perform(as(auditor, taskDone(taskB, "2024-05-06"))).andExpect(status().isForbidden());
		mvc.perform(as(officerA, meeting(committeeA, "REGULAR", "2024-05-06"))).andExpect(status().isCreated());
	}

	@Test
	void aCommitteeFollowsItsUnitWhenItMoves() throws Exception {
		mvc.perform(asAdmin(importCsv("units", "code,name,kind,parent_code,valid_from,valid_to\n"
				+ province.communeB() + ",Xã Bình Minh,COMMUNE," + province.communeA() + ",,\n")))
			.andExpect(status().isOk());
		mvc.perform(as(officerA, get("/api/v1/meetings/" + meetingB))).andExpect(status().isOk());
		mvc.perform(as(officerA, get("/api/v1/tasks/" + taskB))).andExpect(status().isOk());
		for (String table : new String[] { "steering_committees", "steering_meetings", "steering_directions",
				"steering_tasks" }) {
			assertThat(jdbc.queryForObject("select count(*) from " + table + " where scope_path = ?", Integer.class,
					"/" + province.code() + "/" + province.communeA() + "/" + province.communeB() + "/"))
				.as(table)
				.isEqualTo(1);
		}
	}
}
