package org.probity.records;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/**
 * Reads the text of a document: Tika for anything with text in it, Tesseract for images and for PDFs that are
 * scans (pages rendered at 300 dpi, then read one by one, reporting progress per page).
 */
@Component
class TextExtraction {

	/** A PDF with fewer letters than this per page is taken for a scan. */
	private static final int LETTERS_PER_PAGE = 20;

	private final Tesseract tesseract;

	TextExtraction(Tesseract tesseract) {
		this.tesseract = tesseract;
	}

	record Result(TextState state, String text, BigDecimal confidence, String reason) {
	}

	interface Progress {
		void pages(int done, int total);
	}

	Result extract(String mediaType, Path file, Progress progress) throws IOException {
		if (mediaType.startsWith("image/")) {
			return ocrImage(file, progress);
		}
		String text = tika(file);
		if (!mediaType.equals("application/pdf")) {
			return new Result(TextState.EXTRACTED, text, null, null);
		}
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			int pages = pdf.getNumberOfPages();
			if (letters(text) >= LETTERS_PER_PAGE * Math.max(1, pages) || pages == 0) {
				return new Result(TextState.EXTRACTED, text, null, null);
			}
			if (tesseract.unavailable() != null) {
				return new Result(TextState.OCR_UNAVAILABLE, text, null, tesseract.unavailable());
			}
			return ocrPdf(pdf, text, progress);
		}
	}

	private Result ocrImage(Path file, Progress progress) throws IOException {
		if (tesseract.unavailable() != null) {
			return new Result(TextState.OCR_UNAVAILABLE, null, null, tesseract.unavailable());
		}
		progress.pages(0, 1);
		Tesseract.Reading reading = tesseract.read(file);
		progress.pages(1, 1);
		return new Result(TextState.OCR_DONE, clean(reading.text()), Tesseract.mean(reading.confidences()), null);
	}

	private Result ocrPdf(PDDocument pdf, String found, Progress progress) throws IOException {
		PDFRenderer renderer = new PDFRenderer(pdf);
		int pages = pdf.getNumberOfPages();
		StringBuilder text = new StringBuilder(found.strip());
		List<Double> confidences = new ArrayList<>();
		progress.pages(0, pages);
		for (int page = 0; page < pages && text.length() < Document.MAX_TEXT; page++) {
			BufferedImage image = renderer.renderImageWithDPI(page, 300, ImageType.GRAY);
			Path png = Files.createTempFile("ocr-page-", ".png");
			try {
				ImageIO.write(image, "png", png.toFile());
				Tesseract.Reading reading = tesseract.read(png);
				text.append("\n\n").append(reading.text().strip());
				confidences.addAll(reading.confidences());
			}
			finally {
				Files.deleteIfExists(png);
			}
			progress.pages(page + 1, pages);
		}
		return new Result(TextState.OCR_DONE, clean(text.toString()), Tesseract.mean(confidences), null);
	}

	/** Tika's text, never running its own OCR (scans are read above, where progress and confidence are kept). */
	private static String tika(Path file) throws IOException {
		BodyContentHandler handler = new BodyContentHandler(Document.MAX_TEXT);
		ParseContext context = new ParseContext();
		TesseractOCRConfig noOcr = new TesseractOCRConfig();
		noOcr.setSkipOcr(true);
		context.set(TesseractOCRConfig.class, noOcr);
		try (InputStream in = Files.newInputStream(file)) {
			new AutoDetectParser().parse(in, handler, new Metadata(), context);
		}
		catch (SAXException ex) {
			if (!WriteLimitReachedException.isWriteLimitReached(ex)) {
				throw new IOException("the text could not be read: " + ex.getMessage(), ex);
			}
		}
		catch (TikaException ex) {
			throw new IOException("the text could not be read: " + ex.getMessage(), ex);
		}
		return clean(handler.toString());
	}

	private static int letters(String text) {
		return (int) text.codePoints().filter(Character::isLetterOrDigit).count();
	}

	/** Without NUL and other control characters, which PostgreSQL text refuses, and without trailing blanks. */
	static String clean(String text) {
		return text == null ? "" : text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").replaceAll("[ \\t]+\\n", "\n").strip();
	}
}
