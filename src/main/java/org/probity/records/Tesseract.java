package org.probity.records;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads scans with the {@code tesseract} command rather than in the JVM through tess4j: a page that crashes or
 * hangs Tesseract (native code) then only ends one process, which is stopped after a timeout, and nothing depends on
 * how the native library is named on this system. The process costs some 50 ms next to about half a second of
 * reading per page. Whether Tesseract and its language data are there is found out once, at start-up.
 */
@Component
class Tesseract {

	private static final Logger log = LoggerFactory.getLogger(Tesseract.class);

	private static final List<String> USUAL = List.of("/usr/share/tesseract-ocr/5/tessdata",
			"/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata", "/usr/local/share/tessdata");

	private final RecordSettings settings;

	private final Path tessdata;

	private final String unavailable;

	Tesseract(RecordSettings settings) {
		this.settings = settings;
		this.tessdata = findTessdata(settings);
		this.unavailable = check();
		if (unavailable != null) {
			log.warn("OCR unavailable: {}", unavailable);
		}
	}

	/** Why scans cannot be read here, or null when they can. */
	String unavailable() {
		return unavailable;
	}

	/** The text of an image file, with the mean confidence of its words. */
	Reading read(Path image) throws IOException {
		Path work = Files.createTempDirectory("ocr-");
		try {
			Path out = work.resolve("out");
			ProcessBuilder builder = new ProcessBuilder(settings.tesseract(), image.toString(), out.toString(), "-l",
					settings.ocrLanguages(), "--tessdata-dir", tessdata.toString(), "-c", "tessedit_create_txt=1", "-c",
					"tessedit_create_tsv=1").redirectErrorStream(true).redirectOutput(work.resolve("log").toFile());
			// one thread per page: the machine is shared with the web requests
			builder.environment().put("OMP_THREAD_LIMIT", "1");
			Process process = builder.start();
			try {
				if (!process.waitFor(settings.ocrTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
					process.destroyForcibly();
					throw new IOException("Tesseract took longer than " + settings.ocrTimeout().toSeconds() + " s");
				}
			}
			catch (InterruptedException ex) {
				process.destroyForcibly();
				Thread.currentThread().interrupt();
				throw new IOException("interrupted", ex);
			}
			if (process.exitValue() != 0 || !Files.exists(out.resolveSibling("out.txt"))) {
				throw new IOException("Tesseract could not read the image: "
						+ Files.readString(work.resolve("log"), StandardCharsets.UTF_8).strip());
			}
			return new Reading(Files.readString(out.resolveSibling("out.txt"), StandardCharsets.UTF_8),
					confidences(Files.readAllLines(out.resolveSibling("out.tsv"), StandardCharsets.UTF_8)));
		}
		finally {
			try (Stream<Path> files = Files.list(work)) {
				for (Path file : files.toList()) {
					Files.deleteIfExists(file);
				}
			}
			Files.deleteIfExists(work);
		}
	}

	/** The confidence of each word Tesseract found (TSV rows of level 5 with text), 0–100. */
	static List<Double> confidences(List<String> tsv) {
		List<Double> words = new ArrayList<>();
		for (String line : tsv) {
			String[] cells = line.split("\t", -1);
			if (cells.length >= 12 && cells[0].equals("5") && !cells[11].isBlank()) {
				double conf = Double.parseDouble(cells[10]);
				if (conf >= 0) {
					words.add(conf);
				}
			}
		}
		return words;
	}

	static BigDecimal mean(List<Double> confidences) {
		if (confidences.isEmpty()) {
			return null;
		}
		double sum = confidences.stream().mapToDouble(Double::doubleValue).sum();
		return BigDecimal.valueOf(sum / confidences.size()).setScale(2, RoundingMode.HALF_UP);
	}

	record Reading(String text, List<Double> confidences) {
	}

	private static Path findTessdata(RecordSettings settings) {
		if (settings.tessdata() != null) {
			return settings.tessdata();
		}
		String prefix = System.getenv("TESSDATA_PREFIX");
		List<String> candidates = new ArrayList<>();
		if (prefix != null && !prefix.isBlank()) {
			candidates.add(prefix);
			candidates.add(Path.of(prefix).resolve("tessdata").toString());
		}
		candidates.addAll(USUAL);
		return candidates.stream().map(Path::of).filter(Files::isDirectory).findFirst().orElse(Path.of(USUAL.get(0)));
	}

	private String check() {
		for (String language : settings.ocrLanguages().split("\\+")) {
			if (!Files.isReadable(tessdata.resolve(language + ".traineddata"))) {
				return "no language data for '" + language + "' in " + tessdata
						+ " (install tesseract-ocr-" + language + " or set probity.records.tessdata)";
			}
		}
		try {
			Process version = new ProcessBuilder(settings.tesseract(), "--version").redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!version.waitFor(20, TimeUnit.SECONDS)) {
				version.destroyForcibly();
				return "the '" + settings.tesseract() + "' command did not answer";
			}
			return version.exitValue() == 0 ? null : "the '" + settings.tesseract() + "' command failed";
		}
		catch (IOException ex) {
			return "the '" + settings.tesseract() + "' command was not found (install tesseract-ocr)";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted while looking for Tesseract";
		}
	}
}
