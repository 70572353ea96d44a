package org.probity.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.probity.petitions.PetitionHandling;
import org.probity.petitions.PetitionManagement;
import org.probity.petitions.PetitionQuery;
import org.probity.petitions.PetitionView;
import org.probity.records.DocumentFacts;
import org.springframework.stereotype.Component;

/**
 * Attaches a few scans (pictures of Vietnamese text) and a letter to the demo's first petitions, so the demo shows
 * text being read by OCR, its confidence, and documents found by search.
 */
@Component
class DemoDocuments {

	private static final List<String[]> SCANS = List.of(
			new String[] { "Kết luận thanh tra về tham nhũng đất đai", "tại xã, giai đoạn 2020 - 2024" },
			new String[] { "Biên bản xác minh tài sản, thu nhập", "của cán bộ địa chính xã" });

	private final PetitionManagement petitions;

	private final PetitionHandling handling;

	DemoDocuments(PetitionManagement petitions, PetitionHandling handling) {
		this.petitions = petitions;
		this.handling = handling;
	}

	void run() {
		List<PetitionView> first = petitions.list(PetitionQuery.ofUnit("QN-01"), 0).getContent();
		for (int i = 0; i < Math.min(SCANS.size(), first.size()); i++) {
			handling.attach(first.get(i).id(), "scan-" + (i + 1) + ".png", new ByteArrayInputStream(png(SCANS.get(i))),
					new DocumentFacts((i + 1) + "/KL-TTr", "Thanh tra tỉnh", LocalDate.of(2025, 4, 1 + i), "Kết luận",
							false));
		}
		if (!first.isEmpty()) {
			handling.attach(first.get(0).id(), "thu-moi.txt", new ByteArrayInputStream(
					"Thư mời làm việc về nội dung đơn tố cáo đất đai.".getBytes(StandardCharsets.UTF_8)),
					DocumentFacts.none());
		}
	}

	private static byte[] png(String[] lines) {
		BufferedImage image = new BufferedImage(1800, 200 + 110 * lines.length, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.setColor(Color.BLACK);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		try (InputStream ttf = DemoDocuments.class.getResourceAsStream("/fonts/DejaVuSans.ttf");
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			g.setFont(Font.createFont(Font.TRUETYPE_FONT, ttf).deriveFont(Font.PLAIN, 56f));
			for (int i = 0; i < lines.length; i++) {
				g.drawString(lines[i], 80, 150 + 110 * i);
			}
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException | java.awt.FontFormatException ex) {
			throw new UncheckedIOException(new IOException("Could not draw a demo scan", ex));
		}
		finally {
			g.dispose();
		}
	}
}
