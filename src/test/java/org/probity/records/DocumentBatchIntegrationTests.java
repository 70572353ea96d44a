package org.probity.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probity.Api.as;
import static org.probity.Api.asAdmin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.ProbityIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** A ZIP of scans with a manifest: good rows linked, bad rows reported by number, nothing twice, nothing outside. */
@ProbityIntegrationTest
class DocumentBatchIntegrationTests {

	@Autowired
	MockMvc mvc;

	DocumentFixtures world;

	@BeforeEach
	void world() throws Exception {
		world = new DocumentFixtures(mvc);
	}

	@Test
	void linksGoodRowsReportsBadOnesByRowAndAddsNothingTwice() throws Exception {
		String petitionB = world.read(asAdmin(post("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON).content("""
				{"kind":"COMPLAINT","channel":"MAIL","receivedOn":"2025-03-10","receivedBy":"%s","anonymous":false,
				 "petitioners":[{"name":"Lê Văn Tám","idNumber":"001099012345","phone":"0912345678"}],
				 "content":"Khiếu nại"}""".formatted(world.province.communeB())))).get("reference").asString();
		byte[] zip = Zips.manifest("file,owner_type,owner_ref,number,issuing_body,issued_on,kind,confidentiality\n"
				+ "scans/qd.docx,petition," + world.referenceA + ",KL-" + world.marker + ",Thanh tra tỉnh,2025-04-01,"
				+ "Kết luận,public\n"
				+ "scans/bb.pdf,petition," + world.petitionA + ",BB-" + world.marker + ",,,,confidential\n"
				+ "scans/missing.pdf,petition," + world.referenceA + ",,,,,\n"
				+ "scans/qd.docx,petition,NO-SUCH-REF,,,,,\n"
				+ "scans/bb.pdf,petition," + world.referenceA + ",,,31/12/2024,,\n"
				+ "scans/bb.pdf,petition," + petitionB + ",,,,,\n"
				+ "scans/bb.pdf,meeting,M-1,,,,,\n")
			.and("scans/qd.docx", Scans.docx("Quyết định thanh tra đột xuất " + world.marker))
			.and("scans/bb.pdf", Scans.textPdf("Biên bản làm việc với cán bộ địa chính"))
			.bytes();

		JsonNode first = finished(upload(zip));

		assertThat(first.get("status").asString()).isEqualTo("DONE");
		assertThat(first.get("linked").asInt()).isEqualTo(2);
		assertThat(first.get("failed").asInt()).isEqualTo(5);
		Map<Integer, String> reasons = reasons(first);
		assertThat(reasons.get(2)).isNull();
		assertThat(reasons.get(3)).isNull();
		assertThat(reasons.get(4)).contains("no file 'scans/missing.pdf'");
		assertThat(reasons.get(5)).contains("no petition 'NO-SUCH-REF'");
		assertThat(reasons.get(6)).contains("issued_on");
		assertThat(reasons.get(7)).contains("in your jurisdiction");
		assertThat(reasons.get(8)).contains("owner_type 'meeting'");
		assertThat(world.documentsFound(world.officerA, "thanh tra dot xuat " + world.marker)).hasSize(1);

		JsonNode again = finished(upload(zip));

		assertThat(again.get("linked").asInt()).isZero();
		assertThat(again.get("already").asInt()).isEqualTo(2);
		assertThat(outcome(again, 2)).isEqualTo("ALREADY");
		JsonNode documents = world.read(as(world.officerA, get("/api/v1/petitions/" + world.petitionA)));
		assertThat(documents.findValues("sha256")).hasSize(2);
	}

	@Test
	void aZipWithAnEntryClimbingOutOfItsFolderIsRefusedWhole() throws Exception {
		byte[] zip = Zips.manifest("file,owner_type,owner_ref\n../../etc/cron.d/x,petition," + world.referenceA + "\n")
			.and("../../etc/cron.d/x", Scans.docx("x"))
			.bytes();

		mvc.perform(as(world.officerA, post("/api/v1/documents/batches").contentType("application/zip").content(zip)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
	}

	@Test
	void aZipWithoutManifestOrNotAZipIsRefused() throws Exception {
		mvc.perform(as(world.officerA, post("/api/v1/documents/batches").contentType("application/zip")
			.content(Zips.with("a.pdf", Scans.textPdf("x")).bytes()))).andExpect(status().isBadRequest());
		mvc.perform(as(world.officerA, post("/api/v1/documents/batches").contentType("application/zip")
			.content("not a zip".getBytes()))).andExpect(status().isBadRequest());
	}

	private String upload(byte[] zip) throws Exception {
		return world.read(as(world.officerA, post("/api/v1/documents/batches").contentType("application/zip")
			.content(zip))).get("id").asString();
	}

	private JsonNode finished(String id) throws Exception {
		for (int polls = 0; polls < 600; polls++) {
			JsonNode batch = world.read(as(world.officerA, get("/api/v1/documents/batches/" + id)));
			if (!batch.get("status").asString().equals("RUNNING")) {
				return batch;
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("Batch " + id + " did not finish");
	}

	private static Map<Integer, String> reasons(JsonNode batch) {
		Map<Integer, String> reasons = new HashMap<>();
		batch.get("rows").forEach(row -> reasons.put(row.get("row").asInt(),
				row.get("reason").isNull() ? null : row.get("reason").asString()));
		return reasons;
	}

	private static String outcome(JsonNode batch, int row) {
		for (JsonNode line : batch.get("rows")) {
			if (line.get("row").asInt() == row) {
				return line.get("outcome").asString();
			}
		}
		return null;
	}
}
