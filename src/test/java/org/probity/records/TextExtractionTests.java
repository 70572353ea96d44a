package org.probity.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probity.shared.Folding;
import org.springframework.util.unit.DataSize;

class TextExtractionTests {

	@TempDir
	Path dir;

	@Test
	void readsVietnameseFromAScannedImageWithItsConfidence() throws IOException {
		TextExtraction.Result result = extract(settings(null), "image/png", Scans.png(Scans.VIETNAMESE), new ArrayList<>());

		assertThat(result.state()).isEqualTo(TextState.OCR_DONE);
		assertThat(result.text()).contains("Kết luận thanh tra");
		assertThat(Folding.fold(result.text())).contains("tham nhung");
		assertThat(result.confidence()).isBetween(java.math.BigDecimal.valueOf(50), java.math.BigDecimal.valueOf(100));
	}

	@Test
	void readsAPdfWithoutTextPageByPageReportingProgress() throws IOException {
		List<String> progress = new ArrayList<>();
		TextExtraction.Result result = extract(settings(null), "application/pdf", Scans.scannedPdf(Scans.VIETNAMESE),
				progress);

		assertThat(result.state()).isEqualTo(TextState.OCR_DONE);
		assertThat(Folding.fold(result.text())).contains("tham nhung");
		assertThat(progress).containsExactly("0/1", "1/1");
	}

	@Test
	void takesTheTextOutOfWordAndPdfWithoutOcr() throws IOException {
		TextExtraction.Result word = extract(settings(null),
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				Scans.docx("Biên bản kiểm tra tài sản"), new ArrayList<>());
		TextExtraction.Result pdf = extract(settings(null), "application/pdf",
				Scans.textPdf("Quyết định kỷ luật cảnh cáo đối với cán bộ địa chính xã"), new ArrayList<>());

		assertThat(word.state()).isEqualTo(TextState.EXTRACTED);
		assertThat(word.text()).isEqualTo("Biên bản kiểm tra tài sản");
		assertThat(pdf.state()).isEqualTo(TextState.EXTRACTED);
		assertThat(pdf.text()).contains("Quyết định kỷ luật cảnh cáo");
		assertThat(pdf.confidence()).isNull();
	}

	@Test
	void saysOcrIsUnavailableWhenTheLanguageDataIsMissing() throws IOException {
		RecordSettings bogus = settings(dir.resolve("no-tessdata"));

		TextExtraction.Result result = extract(bogus, "image/png", Scans.png(Scans.VIETNAMESE), new ArrayList<>());

		assertThat(result.state()).isEqualTo(TextState.OCR_UNAVAILABLE);
		assertThat(result.reason()).contains("no-tessdata", "vie");
		assertThat(result.text()).isNull();
	}

	@Test
	void meanConfidenceCountsOnlyWordsWithText() {
		List<Double> words = Tesseract.confidences(List.of(
				"level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
				"4\t1\t1\t1\t1\t0\t0\t0\t10\t10\t-1\t", "5\t1\t1\t1\t1\t1\t0\t0\t10\t10\t90.5\tKết",
				"5\t1\t1\t1\t1\t2\t0\t0\t10\t10\t70.5\tluận", "5\t1\t1\t1\t1\t3\t0\t0\t10\t10\t95\t "));

		assertThat(Tesseract.mean(words)).isEqualByComparingTo("80.50");
	}

	private TextExtraction.Result extract(RecordSettings settings, String type, byte[] content, List<String> progress)
			throws IOException {
		Path file = Files.write(Files.createTempFile(dir, "doc", ".bin"), content);
		return new TextExtraction(new Tesseract(settings)).extract(type, file,
				(done, total) -> progress.add(done + "/" + total));
	}

	private RecordSettings settings(Path tessdata) {
		return new RecordSettings(dir, DataSize.ofMegabytes(50), "tesseract", tessdata, "vie+eng",
				java.time.Duration.ofSeconds(60), DataSize.ofMegabytes(100), 100, DataSize.ofMegabytes(100), null);
	}
}
