package org.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probity.Api.asAdmin;
import static org.probity.Api.importCsv;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.probity.shared.imports.ImportDataset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every CSV dataset the application offers, sent broken files and good rows followed by one hostile row: always a
 * 4xx problem+json naming the row or the file's fault, never a 5xx, and not one row written, good rows included.
 */
@ProbityIntegrationTest
class HostileCsvIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	List<ImportDataset> datasets;

	Province province;

	@BeforeEach
	void province() throws Exception {
		province = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("people", province.peopleCsv()))).andExpect(status().isOk());
	}

	@Test
	void brokenFilesAreRefusedWholeNamingTheFault() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (ImportDataset dataset : datasets) {
			String header = String.join(",", dataset.columns());
			String good = row(dataset);
			List<byte[]> files = List.of(bytes(""), bytes("not,the,header\n1,2,3\n"), bytes(header + "\n\"unclosed,quote\n"),
					bytes(header + "\n" + good + ",extra,values\n"), bytes(header + "\nlonely\n"),
					bytes(header.replace(",", ";") + "\n" + good.replace(",", ";") + "\n"),
					concat(bytes(header + "\n" + good + "\n"), new byte[] { (byte) 0xC3, 0x28, (byte) 0xFF, ',', '\n' }));
			for (byte[] file : files) {
				check(dataset, file, null, wrong);
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void goodRowsFollowedByAHostileOneAreNotSavedAndTheColumnIsNamed() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (ImportDataset dataset : datasets) {
			for (String column : dataset.columns()) {
				for (String hostile : hostile(column)) {
					Map<String, String> bad = values(dataset);
					bad.put(column, hostile);
					String file = String.join(",", dataset.columns()) + "\n" + row(dataset) + "\n" + row(dataset) + "\n"
							+ String.join(",", bad.values()) + "\n";
					check(dataset, bytes(file), column, wrong);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void theGoodRowsAloneAreImported() throws Exception {
		for (ImportDataset dataset : datasets) {
			if (GoodRows.known(dataset.name())) {
				String file = String.join(",", dataset.columns()) + "\n" + row(dataset) + "\n";
				mvc.perform(asAdmin(importCsv(dataset.name(), file))).andExpect(status().isOk());
			}
		}
	}

	private void check(ImportDataset dataset, byte[] file, String column, List<String> wrong) throws Exception {
		RowCounts before = RowCounts.of(jdbc);
		MockHttpServletResponse response = mvc.perform(asAdmin(post("/api/v1/imports/" + dataset.name())
			.contentType("text/csv").content(file))).andReturn().getResponse();
		String where = dataset.name() + (column == null ? "" : " column " + column) + " "
				+ new String(file, 0, Math.min(60, file.length), StandardCharsets.UTF_8).replace("\n", "⏎") + ": ";
		int status = response.getStatus();
		if (status / 100 != 4 || !String.valueOf(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
			wrong.add(where + Requests.describe(response));
			return;
		}
		if (!RowCounts.of(jdbc).equals(before)) {
			wrong.add(where + "refused with " + status + " but rows were written");
		}
		JsonNode problem = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
		if (problem.path("detail").asString("").isBlank()) {
			wrong.add(where + "no detail");
		}
		if (column != null && GoodRows.known(dataset.name()) && !problem.path("rows").toString().contains(column)) {
			wrong.add(where + "the rows listed do not name " + column + ": " + problem.path("rows"));
		}
	}

	/** Values no column accepts, and for date columns a day that does not exist. */
	private static List<String> hostile(String column) {
		List<String> values = new ArrayList<>(List.of("a\u0000b", "\"" + "ā".repeat(100_000) + "\""));
		if (column.endsWith("_on") || column.endsWith("_from") || column.endsWith("_to") || column.endsWith("_date")) {
			values.addAll(List.of("2023-02-30", "2023-13-01", "99999-01-01"));
		}
		return values;
	}

	private String row(ImportDataset dataset) {
		return String.join(",", values(dataset).values());
	}

	/** A good row with fresh keys, so that saving it would add rows; unknown datasets get placeholders. */
	private Map<String, String> values(ImportDataset dataset) {
		Map<String, String> known = GoodRows.of(dataset.name(), province, Api.unique(""));
		Map<String, String> values = new LinkedHashMap<>();
		dataset.columns().forEach(column -> values.put(column, known.getOrDefault(column, "x")));
		return values;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] concat(byte[] first, byte[] second) {
		ByteArrayOutputStream both = new ByteArrayOutputStream();
		both.writeBytes(first);
		both.writeBytes(second);
		return both.toByteArray();
	}
}
