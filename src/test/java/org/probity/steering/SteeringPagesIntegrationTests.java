package org.probity.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.probity.steering.SteeringFixtures.committeeOf;
import static org.probity.steering.SteeringFixtures.created;
import static org.probity.steering.SteeringFixtures.direction;
import static org.probity.steering.SteeringFixtures.json;
import static org.probity.steering.SteeringFixtures.meeting;
import static org.probity.steering.SteeringFixtures.task;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Every steering page renders in both languages, and the forms record what the pages show. */
@ProbityIntegrationTest
class SteeringPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	Province province;

	Cookie admin;

	long committee;

	@BeforeEach
	void aCommittee() throws Exception {
		province = SteeringFixtures.province(mvc);
		committee = created(mvc, committeeOf(province, province.code()));
		admin = Api.signIn(mvc, Api.ADMIN, Api.ADMIN_PASSWORD);
	}

	@Test
	void everySteeringPageRendersInBothLanguages() throws Exception {
		long meeting = created(mvc, meeting(committee, "THEMATIC", "2024-04-04"));
		long direction = created(mvc, direction(committee, province.communeA(), "2024-04-04", "2024-05-04", "VA-1"));
		long task = created(mvc, task(committee, province.communeA(), "2024-04-04", "2024-05-04"));
		long programme = created(mvc, json("/api/v1/programmes", """
				{"committeeId":%d,"year":2024,"title":"Chương trình 2024","groups":["Nhóm một","Nhóm hai"]}"""
			.formatted(committee)));
		created(mvc, json("/api/v1/evaluations/sets", """
				{"name":"%s","criteria":[{"title":"Tiêu chí","maxPoints":100}],"classes":[{"label":"Tốt","minTotal":70}]}"""
			.formatted(Api.unique("Bộ trang "))));
		String[] pages = { "/steering", "/steering/committees/" + committee,
				"/steering/committees/" + committee + "/meetings/new", "/steering/meetings/" + meeting,
				"/steering/directions/" + direction, "/steering/tasks/" + task, "/steering/programmes/" + programme,
				"/steering/targets", "/steering/evaluations" };
		for (String page : pages) {
			mvc.perform(get(page).cookie(admin).param("lang", "en")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Sign out")));
			mvc.perform(get(page).cookie(admin).param("lang", "vi")).andExpect(status().isOk())
				.andExpect(content().string(containsString("lang=\"vi\"")))
				.andExpect(content().string(containsString("Ban chỉ đạo")));
		}
	}

	@Test
	void aCommitteeSetUpOnItsFormOpensItsPage() throws Exception {
		mvc.perform(post("/steering/committees").cookie(admin).with(csrf()).param("unitCode", province.communeB())
			.param("name", "Ban Chỉ đạo xã Bình Minh"))
			.andExpect(redirectedUrlPattern("/steering/committees/*"));
		mvc.perform(post("/steering/committees").cookie(admin).with(csrf()).param("unitCode", "NO-SUCH")
			.param("name", "Ban"))
			.andExpect(redirectedUrl("/steering"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("errorField", "unitCode"));
	}

	@Test
	void aRefusedMeetingFormKeepsWhatWasTyped() throws Exception {
		String page = mvc.perform(post("/steering/committees/" + committee + "/meetings").cookie(admin).with(csrf())
			.param("lang", "en").param("kind", "THEMATIC").param("heldOn", "2999-01-01")
			.param("agenda", "Công tác thu hồi tài sản\nTình hình xét xử").param("conclusions", "Kết luận một"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is in the future")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Document form = Jsoup.parse(page);
		assertThat(form.selectFirst("#agenda").wholeText()).isEqualTo("Công tác thu hồi tài sản\nTình hình xét xử");
		assertThat(form.selectFirst("#heldOn").attr("aria-invalid")).isEqualTo("true");
		assertThat(form.selectFirst("#kind option[selected]").val()).isEqualTo("THEMATIC");
		mvc.perform(post("/steering/committees/" + committee + "/meetings").cookie(admin).with(csrf())
			.param("kind", "THEMATIC").param("heldOn", "2024-02-02").param("agenda", "Công tác thu hồi tài sản")
			.param("conclusions", "Kết luận một\nKết luận hai"))
			.andExpect(redirectedUrlPattern("/steering/meetings/*"));
	}

	@Test
	void directionsAndTasksAreIssuedAndFollowedFromThePages() throws Exception {
		mvc.perform(post("/steering/committees/" + committee + "/directions").cookie(admin).with(csrf())
			.param("assigneeKind", "UNIT").param("assigneeCode", province.communeA())
			.param("content", "Chỉ đạo làm rõ sai phạm đất đai").param("dueOn", "2099-12-31"))
			.andExpect(redirectedUrl("/steering/committees/" + committee));
		mvc.perform(post("/steering/tasks").cookie(admin).with(csrf()).param("committeeId", "" + committee)
			.param("title", "Kiểm tra dự án khu đô thị").param("ownerKind", "UNIT")
			.param("ownerCode", province.communeB()).param("deadline", "2099-12-31")
			.param("back", "/steering/committees/" + committee))
			.andExpect(redirectedUrl("/steering/committees/" + committee));
		Document page = Jsoup.parse(mvc.perform(get("/steering/committees/" + committee).cookie(admin))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#open-directions").text()).contains("Chỉ đạo làm rõ sai phạm đất đai");
		String taskUrl = page.select("#open-tasks a[href*=/steering/tasks/]").attr("href");
		assertThat(taskUrl).matches("/steering/tasks/\\d+");
		mvc.perform(post(taskUrl + "/progress").cookie(admin).with(csrf()).param("note", "Đã làm việc với chủ đầu tư"))
			.andExpect(redirectedUrl(taskUrl));
		mvc.perform(post(taskUrl + "/done").cookie(admin).with(csrf()).param("note", "Xong"))
			.andExpect(redirectedUrl(taskUrl));
		mvc.perform(get(taskUrl).cookie(admin).param("lang", "en"))
			.andExpect(content().string(containsString("Đã làm việc với chủ đầu tư")))
			.andExpect(content().string(matchesPattern("(?s).*<dd[^>]*>Done</dd>.*")));
	}
}
