package org.probity.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probity.Api.asAdmin;
import static org.probity.Api.importCsv;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The XLSX and PDF exports, read back: the same figures as the JSON, Vietnamese letters intact in the PDF. */
@ProbityIntegrationTest
class ReportExportsIntegrationTests {

	@Autowired
	MockMvc mvc;

	Province province;

	JsonNode report;

	@BeforeEach
	void aYearOfRecords() throws Exception {
		province = Province.fresh();
		Province elsewhere = Province.fresh();
		ReportFixtures fixtures = new ReportFixtures(province, elsewhere);
		for (Province each : new Province[] { province, elsewhere }) {
			mvc.perform(asAdmin(importCsv("units", each.unitsCsv()))).andExpect(status().isOk());
			mvc.perform(asAdmin(importCsv("people", each.peopleCsv()))).andExpect(status().isOk());
		}
		mvc.perform(asAdmin(importCsv("oversight", fixtures.oversight()))).andExpect(status().isOk());
		mvc.perform(asAdmin(importCsv("discipline", fixtures.discipline()))).andExpect(status().isOk());
		report = JsonMapper.builder().build().readTree(mvc.perform(asAdmin(query("/api/v1/reports/oversight")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder query(String path) {
		return get(path).param("unit", province.code()).param("from", "2025-01-01").param("to", "2025-12-31");
	}

	@Test
	void theWorkbookHoldsEveryFigureOfTheJsonAsANumber() throws Exception {
		byte[] xlsx = mvc.perform(asAdmin(query("/api/v1/reports/oversight.xlsx")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.containsString("oversight-" + province.code() + "-2025-01-01-2025-12-31.xlsx")))
			.andReturn().getResponse().getContentAsByteArray();
		Map<String, Long> cells = new HashMap<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains(province.code());
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue())
				.startsWith("Committees at all levels inspected and supervised 2 party organisations and 3 members");
			for (int r = 6; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				cells.put(row.getCell(3).getStringCellValue(), (long) row.getCell(2).getNumericCellValue());
			}
		}
		assertThat(cells).hasSize(30).containsEntry("inspection.committees.units", 2L)
			.containsEntry("inspection.inspectionCommissions.units", 3L).containsEntry("discipline.persons", 3L);
		cells.forEach((key, value) -> assertThat(value).as(key).isEqualTo(ReportsIntegrationTests.figure(report, key)));
	}

	@Test
	void thePdfCarriesTheFiguresAndVietnameseLettersFromThePageToo() throws Exception {
		Cookie admin = Api.signIn(mvc, Api.ADMIN, Api.ADMIN_PASSWORD);
		byte[] pdf = mvc.perform(query("/reports/oversight.pdf").param("lang", "vi").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Báo cáo kiểm tra, giám sát và kỷ luật đảng")
				.contains("Ủy ban kiểm tra kiểm tra, giám sát: tổ chức đảng")
				.contains("Cấp ủy các cấp đã kiểm tra, giám sát 2 tổ chức đảng và 3 đảng viên")
				.contains("Từ ngày 01/01/2025 đến ngày 31/12/2025")
				.contains(province.code());
		}
		mvc.perform(asAdmin(query("/api/v1/reports/oversight.pdf").param("lang", "en")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));
	}

	@Test
	void anExportRefusesWhatTheJsonRefuses() throws Exception {
		mvc.perform(asAdmin(get("/api/v1/reports/oversight.xlsx").param("unit", province.code()).param("from", "2025-01-01")))
			.andExpect(status().isBadRequest())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].field")
				.value("to"));
		Cookie admin = Api.signIn(mvc, Api.ADMIN, Api.ADMIN_PASSWORD);
		mvc.perform(get("/reports/oversight.pdf").param("unit", "NO-SUCH-UNIT").param("from", "2025-01-01")
			.param("to", "2025-12-31").cookie(admin)).andExpect(status().isNotFound());
	}
}
