package org.probity.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probity.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.ProbityIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Scans are read by OCR, other files by Tika, in the background; the text is found by search, in jurisdiction. */
@ProbityIntegrationTest
class DocumentTextIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TextReading reading;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	java.time.Clock clock;

	DocumentFixtures world;

	@BeforeEach
	void world() throws Exception {
		world = new DocumentFixtures(mvc);
	}

	@Test
	void aScannedVietnameseDocumentIsFoundByAWordInItsText() throws Exception {
		long scan = world.attach("ket-luan.png", "image/png", Scans.png(Scans.VIETNAMESE));

		JsonNode text = world.readText(scan);

		assertThat(text.get("state").asString()).isEqualTo("OCR_DONE");
		assertThat(text.get("ocrConfidence").asDouble()).isGreaterThan(50);
		assertThat(text.get("text").asString()).contains("Kết luận thanh tra");
		assertThat(world.documentsFound(world.officerA, "tham nhung " + world.marker)).containsExactly(scan);
		assertThat(world.documentsFound(world.officerA, "tham nhũng " + world.marker)).containsExactly(scan);
		assertThat(world.documentsFound(world.officerA, "ket luan thanh tra " + world.marker)).containsExactly(scan);
		assertThat(world.documentsFound(world.officerA, "hối lộ " + world.marker)).isEmpty();
	}

	@Test
	void anOfficerOfAnotherCommuneDoesNotFindTheDocument() throws Exception {
		long scan = world.attach("ket-luan.png", "image/png", Scans.png(Scans.VIETNAMESE));
		world.readText(scan);

		assertThat(world.documentsFound(world.officerA, "thanh tra " + world.marker)).containsExactly(scan);
		assertThat(world.documentsFound(world.officerB, "thanh tra " + world.marker)).isEmpty();
		mvc.perform(as(world.officerB, get("/api/v1/documents/" + scan + "/text"))).andExpect(status().isNotFound());
	}

	@Test
	void wordAndPdfTextIsReadWithoutOcrAndFound() throws Exception {
		long word = world.attach("bien-ban.docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				Scans.docx("Biên bản kiểm tra tài sản thu nhập"));
		long pdf = world.attach("quyet-dinh.pdf", "application/pdf",
				Scans.textPdf("Quyết định kỷ luật cảnh cáo đối với cán bộ địa chính"));

		assertThat(world.readText(word).get("state").asString()).isEqualTo("EXTRACTED");
		assertThat(world.readText(pdf).get("state").asString()).isEqualTo("EXTRACTED");
		assertThat(world.documentsFound(world.officerA, "tai san thu nhap " + world.marker)).containsExactly(word);
		assertThat(world.documentsFound(world.officerA, "ky luat canh cao " + world.marker)).containsExactly(pdf);
	}

	@Test
	void thePetitionPageShowsTheStateAndTheDocumentPageTheConfidence() throws Exception {
		long scan = world.attach("ket-luan.png", "image/png", Scans.png(Scans.VIETNAMESE));
		JsonNode text = world.readText(scan);
		var session = org.probity.Api.signIn(mvc, world.officerA, org.probity.Api.PASSWORD);

		mvc.perform(get("/documents/" + scan + "/text").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Kết luận thanh tra")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					String.valueOf(text.get("ocrConfidence").asInt()))));
		mvc.perform(get("/petitions/" + world.petitionA).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/documents/" + scan + "/text")));
	}

	@Test
	void readingLeftUnfinishedByAStoppedNodeIsTakenUpAgain() throws Exception {
		long letter = world.attach("thu-moi.txt", "text/plain", "Thư mời làm việc về khiếu nại".getBytes("UTF-8"));
		world.readText(letter);
		long other = world.attach("thu-moi-2.txt", "text/plain", "Giấy mời họp giải quyết tố cáo".getBytes("UTF-8"));
		world.readText(other);
		// as a node that stopped would leave them: one claimed long ago and never finished, one never started
		jdbc.update("update documents set text_state = 'RUNNING', text_claimed_at = ?, extracted_text = null where id = ?",
				java.sql.Timestamp.from(clock.instant().minus(java.time.Duration.ofHours(2))), letter);
		jdbc.update("update documents set text_state = 'PENDING', extracted_text = null where id = ?", other);

		reading.sweep();

		assertThat(world.readText(letter).get("state").asString()).isEqualTo("EXTRACTED");
		assertThat(world.readText(letter).get("text").asString()).isEqualTo("Thư mời làm việc về khiếu nại");
		assertThat(world.readText(other).get("text").asString()).isEqualTo("Giấy mời họp giải quyết tố cáo");
	}
}
