package org.probity.reports.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.probity.reports.Figure;
import org.probity.reports.OversightReport;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The report as an XLSX sheet: heading, narrative, then one row per figure with its section, label, value (a number
 * cell) and key, so a spreadsheet can both read it and check it against the API.
 */
@Component
class ReportWorkbook {

	static final int FIRST_FIGURE_ROW = 6;

	private final MessageSource messages;

	private final ReportNarrative narrative;

	ReportWorkbook(MessageSource messages, ReportNarrative narrative) {
		this.messages = messages;
		this.narrative = narrative;
	}

	byte[] of(OversightReport report, Locale locale) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(text("reports.sheet", locale));
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			cell(sheet.createRow(0), 0, text("reports.title", locale)).setCellStyle(bold);
			cell(sheet.createRow(1), 0, report.unit() + " · " + report.unitName());
			cell(sheet.createRow(2), 0, narrative.period(report, locale));
			cell(sheet.createRow(3), 0, narrative.of(report, locale));
			Row header = sheet.createRow(FIRST_FIGURE_ROW - 1);
			String[] titles = { "reports.column.section", "reports.column.figure", "reports.column.value",
					"reports.column.key" };
			for (int column = 0; column < titles.length; column++) {
				cell(header, column, text(titles[column], locale)).setCellStyle(bold);
			}
			int next = FIRST_FIGURE_ROW;
			for (Figure figure : report.figures()) {
				Row row = sheet.createRow(next++);
				cell(row, 0, text("reports.section." + figure.section(), locale));
				cell(row, 1, text(figure.label(), locale));
				row.createCell(2).setCellValue(figure.value());
				cell(row, 3, figure.key());
			}
			int[] widths = { 28, 60, 14, 44 };
			for (int column = 0; column < widths.length; column++) {
				sheet.setColumnWidth(column, widths[column] * 256);
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private static org.apache.poi.ss.usermodel.Cell cell(Row row, int column, String text) {
		var cell = row.createCell(column);
		cell.setCellValue(text);
		return cell;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
