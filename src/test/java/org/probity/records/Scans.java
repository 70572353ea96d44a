package org.probity.records;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Documents made in the test: a scan of Vietnamese text (an image, or a PDF of it), a Word file, a text PDF. */
public final class Scans {

	public static final String VIETNAMESE = "Kết luận thanh tra về tham nhũng đất đai";

	private Scans() {
	}

	/** A white page with the lines in black DejaVu Sans, large enough for Tesseract to read. */
	public static BufferedImage image(String... lines) {
		BufferedImage image = new BufferedImage(1800, 200 + 110 * lines.length, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.setColor(Color.BLACK);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setFont(font().deriveFont(Font.PLAIN, 56f));
		for (int i = 0; i < lines.length; i++) {
			g.drawString(lines[i], 80, 150 + 110 * i);
		}
		g.dispose();
		return image;
	}

	public static byte[] png(String... lines) {
		return write(image(lines), "png");
	}

	/** A PDF with no text at all, only the picture of the lines: what a scanner makes. */
	public static byte[] scannedPdf(String... lines) {
		try (PDDocument pdf = new PDDocument()) {
			BufferedImage image = image(lines);
			PDPage page = new PDPage(new PDRectangle(image.getWidth() * 0.4f, image.getHeight() * 0.4f));
			pdf.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
				content.drawImage(LosslessFactory.createFromImage(pdf, image), 0, 0, page.getMediaBox().getWidth(),
						page.getMediaBox().getHeight());
			}
			return save(pdf);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A PDF with real text in it, in the embedded DejaVu Sans. */
	public static byte[] textPdf(String line) {
		try (PDDocument pdf = new PDDocument(); InputStream ttf = fontStream()) {
			PDPage page = new PDPage(PDRectangle.A4);
			pdf.addPage(page);
			PDType0Font font = PDType0Font.load(pdf, ttf);
			try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
				content.beginText();
				content.setFont(font, 14);
				content.newLineAtOffset(50, 750);
				content.showText(line);
				content.endText();
			}
			return save(pdf);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] docx(String paragraph) {
		try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			word.createParagraph().createRun().setText(paragraph);
			word.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] save(PDDocument pdf) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		pdf.save(out);
		return out.toByteArray();
	}

	private static Font font() {
		try (InputStream ttf = fontStream()) {
			return Font.createFont(Font.TRUETYPE_FONT, ttf);
		}
		catch (Exception ex) {
			throw new IllegalStateException("DejaVu Sans is missing from the resources", ex);
		}
	}

	private static InputStream fontStream() {
		return Scans.class.getResourceAsStream("/fonts/DejaVuSans.ttf");
	}

	private static byte[] write(BufferedImage image, String format) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
