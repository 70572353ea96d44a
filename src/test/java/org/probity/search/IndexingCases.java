package org.probity.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.probity.Api.as;
import static org.probity.Api.asAdmin;
import static org.probity.Api.createUser;
import static org.probity.Api.importCsv;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.http.Cookie;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.Province;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

/** How the index keeps in step with the database, the same on every backend (see {@link SearchCases}). */
abstract class IndexingCases extends SearchCases {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	EntityManagerFactory factory;

	@Autowired
	Reindexing reindexing;

	@Autowired
	IndexUpkeep upkeep;

	@Test
	void rowsImportedByCsvAreFoundButNotTheirPetitioners() throws Exception {
		String word = SearchWorld.word("quokkan");
		String code = world.province.code();
		mvc.perform(asAdmin(importCsv("units", "code,name,kind,parent_code,valid_from,valid_to\n" + code
				+ "-X,Tổ công tác " + word + ",AGENCY," + code + ",2025-07-01,\n"))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("people", "code,full_name,birth_date,unit_code,position,party_member\n" + code
				+ "-P9,Đinh Công " + word + ",1980-01-01," + world.province.communeA() + ",Cán bộ,false\n")))
			.andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("petitions", "ref,kind,channel,received_on,received_by,anonymous,petitioners,"
				+ "subject_name,subject_unit_code,content\n" + code + "-CSV1,COMPLAINT,DIRECT,2025-04-04,"
				+ world.province.communeA() + ",false,Bạch Văn Xyloqua,,,Khiếu nại việc cấp phép " + word + "\n")))
			.andExpect(status().isOk());
		assertThat(facet(search(null, word), "type")).containsEntry("units", 1L).containsEntry("people", 1L)
			.containsEntry("petitions", 1L);
		assertThat(search(null, "Xyloqua").get("total").asLong()).isZero();
	}

	@Test
	void aMovedUnitTakesItsRecordsAlong() throws Exception {
		Province other = Province.fresh();
		String word = SearchWorld.word("ocelotin");
		mvc.perform(asAdmin(importCsv("units", other.unitsCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("people", other.peopleCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("discipline", "ref,target_kind,target_code,form,decided_by,decided_on,reason\n"
				+ other.code() + "-D1,PERSON," + other.personA() + ",REPRIMAND," + other.code() + ",2025-02-01,"
				+ "Vi phạm " + word + "\n"))).andExpect(status().isOk());
		String ofA = Api.unique("move-a");
		String ofB = Api.unique("move-b");
		mvc.perform(createUser(ofA, "OFFICER", other.communeA())).andExpect(status().isCreated());
		mvc.perform(createUser(ofB, "OFFICER", other.communeB())).andExpect(status().isCreated());
		assertThat(search(ofA, word).get("total").asLong()).isEqualTo(1);
		mvc.perform(asAdmin(importCsv("units", "code,name,kind,parent_code,valid_from,valid_to\n" + other.cellA()
				+ ",Chi bộ thôn 1,PARTY_CELL," + other.communeB() + ",,\n"))).andExpect(status().isOk());
		assertThat(search(ofA, word).get("total").asLong()).isZero();
		assertThat(ids(search(ofB, word))).containsExactly(other.code() + "-D1");
	}

	@Test
	void aTransferredPetitionTakesItsDocumentsAlong() throws Exception {
		String word = SearchWorld.word("tapirin");
		String petition = world.petition(world.province.communeA(), "2025-06-06", "Đơn tố cáo " + word);
		mvc.perform(multipart("/api/v1/petitions/" + petition + "/attachments")
			.file(new MockMultipartFile("file", "bien-ban-" + word + ".pdf", "application/pdf", PDF))
			.param("number", "12-BB/" + word)
			.with(httpBasic(world.officerA, Api.PASSWORD))).andExpect(status().isCreated());
		assertThat(facet(search(world.officerA, word), "type")).containsEntry("petitions", 1L)
			.containsEntry("documents", 1L);
		mvc.perform(as(world.officerA, post("/api/v1/petitions/" + petition + "/transfer")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"unitCode\":\"" + world.province.communeB() + "\",\"note\":\"Chuyển theo thẩm quyền\"}")))
			.andExpect(status().isOk());
		assertThat(search(world.officerA, word).get("total").asLong()).isZero();
		assertThat(facet(search(world.officerB, word), "type")).containsEntry("petitions", 1L)
			.containsEntry("documents", 1L);
	}

	@Test
	void theReindexCommandRebuildsTheIndexFromTheDatabase() throws Exception {
		long before = search(null, world.marker).get("total").asLong();
		purge(Object.class);
		assertThat(search(null, world.marker).get("total").asLong()).isZero();
		AtomicInteger exit = new AtomicInteger(-1);
		new ReindexCommand(reindexing, exit::set).run(new DefaultApplicationArguments("--reindex"));
		assertThat(exit).hasValue(0);
		assertThat(search(null, world.marker).get("total").asLong()).isEqualTo(before).isEqualTo(5);
	}

	@Test
	void onlyAnAdministratorRebuildsTheIndexOverTheApi() throws Exception {
		mvc.perform(as(world.officerA, post("/api/v1/search/reindex"))).andExpect(status().isForbidden());
		mvc.perform(asAdmin(post("/api/v1/search/reindex"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.documents").isNumber());
		assertThat(search(null, world.marker).get("total").asLong()).isEqualTo(5);
	}

	@Test
	void anEmptyIndexFillsItselfFromTheDatabase() throws Exception {
		String person = "Lê Thị Lan " + world.province.personB();
		assertThat(ids(search(null, person))).contains(world.province.personB());
		purge(reindexing.types().get("people").javaClass());
		assertThat(search(null, person).get("total").asLong()).isZero();
		assertThat(upkeep.fillEmpty()).containsExactly("people");
		assertThat(ids(search(null, person))).contains(world.province.personB());
	}

	@Test
	void hostileQueriesNeverFail() throws Exception {
		for (String q : List.of("\"", "((((", "*", "~~~", "-", "|", "\\", "' OR 1=1 --", "<script>", "a".repeat(5000),
				"\"unclosed phrase", "nh*~2^3")) {
			mvc.perform(asAdmin(get("/api/v1/search").param("q", q))).andExpect(status().isOk());
		}
		mvc.perform(asAdmin(get("/api/v1/search").param("q", "x").param("page", "-5")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.page").value(0));
		mvc.perform(asAdmin(get("/api/v1/search").param("q", "x").param("year", "abc")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void everyPageHasTheSearchBoxAndResultsNarrowByFacets() throws Exception {
		Cookie officerA = Api.signIn(mvc, world.officerA, Api.PASSWORD);
		mvc.perform(get("/units").cookie(officerA))
			.andExpect(content().string(containsString("action=\"/search\"")));
		mvc.perform(get("/search").param("q", world.marker).cookie(officerA))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Xã An Bình (3)")))
			.andExpect(content().string(containsString("type=discipline")));
		mvc.perform(get("/search").param("q", world.marker).param("type", "discipline").cookie(officerA))
			.andExpect(content().string(containsString("/discipline/" + world.province.code() + "-D1")));
	}

	private void purge(Class<?> type) {
		var workspace = Search.mapping(factory).scope(type).workspace();
		workspace.purge();
		workspace.refresh();
	}
}
