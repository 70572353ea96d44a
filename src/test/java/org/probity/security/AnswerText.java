package org.probity.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.mock.web.MockHttpServletResponse;

/** The text a reader gets from an answer: a page or JSON as it is, a PDF's text, every part of an XLSX file. */
final class AnswerText {

	private AnswerText() {
	}

	static String of(MockHttpServletResponse response) {
		byte[] bytes = response.getContentAsByteArray();
		try {
			if (bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
				try (PDDocument pdf = Loader.loadPDF(bytes)) {
					return new PDFTextStripper().getText(pdf);
				}
				catch (IOException notARealPdf) {
					return new String(bytes, StandardCharsets.ISO_8859_1); // an uploaded stub, read as it is
				}
			}
			if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
				StringBuilder text = new StringBuilder();
				try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
					for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
						text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
					}
				}
				return text.toString();
			}
			return new String(bytes, StandardCharsets.UTF_8);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}
}
