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
}
