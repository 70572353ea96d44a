package org.probity.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one run: printed as {@code BENCH <metric> <value> <unit> baseline <value> ratio <value>} lines and
 * written into this run's block of {@code bench/RESULTS.md}, leaving the other blocks and the notes around them alone.
 * The ratio always says how many times worse than its baseline a figure is (slower, or fewer per second).
 */
final class Results {

	record Figure(String metric, double value, String unit, double baseline, String target, String note) {

		boolean higherIsBetter() {
			return unit.endsWith("/s");
		}

		double ratio() {
			if (Double.isNaN(baseline) || baseline == 0 || Double.isNaN(value) || value == 0) {
				return Double.NaN;
			}
			return higherIsBetter() ? baseline / value : value / baseline;
		}

		String line() {
			if (Double.isNaN(value)) {
				return "BENCH " + metric + " skipped (" + note + ")";
			}
			return "BENCH " + metric + " " + number(value) + " " + unit + " baseline "
					+ (Double.isNaN(baseline) ? "n/a" : number(baseline)) + " ratio "
					+ (Double.isNaN(ratio()) ? "n/a" : String.format(Locale.ROOT, "%.2f", ratio()));
		}
	}

	private final List<Figure> figures = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	void add(String metric, double value, String unit, double baseline, String target, String note) {
		Figure figure = new Figure(metric, value, unit, baseline, target, note);
		figures.add(figure);
		System.out.println(figure.line());
	}

	void skipped(String metric, String why) {
		add(metric, Double.NaN, "", Double.NaN, "", why);
	}

	void note(String note) {
		notes.add(note);
		System.out.println("NOTE " + note);
	}

	/** Replaces this run's block (scale and database) in the results file, keeping everything else. */
	void write(Path file, String key, List<String> header) throws IOException {
		String begin = "<!-- bench:" + key + " -->";
		String end = "<!-- /bench:" + key + " -->";
		StringBuilder block = new StringBuilder(begin).append('\n');
		block.append("### ").append(key).append("\n\n");
		header.forEach(line -> block.append("- ").append(line).append('\n'));
		block.append("\n| metric | value | unit | baseline | ratio | target | note |\n|---|---:|---|---:|---:|---|---|\n");
		for (Figure figure : figures) {
			block.append("| ").append(figure.metric()).append(" | ")
				.append(Double.isNaN(figure.value()) ? "skipped" : number(figure.value())).append(" | ")
				.append(figure.unit()).append(" | ")
				.append(Double.isNaN(figure.baseline()) ? "n/a" : number(figure.baseline())).append(" | ")
				.append(Double.isNaN(figure.ratio()) ? "n/a" : String.format(Locale.ROOT, "%.2f", figure.ratio()))
				.append(" | ").append(figure.target()).append(" | ").append(figure.note().replace("|", "/")).append(" |\n");
		}
		if (!notes.isEmpty()) {
			block.append('\n');
			notes.forEach(note -> block.append("- ").append(note).append('\n'));
		}
		block.append(end);
		String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmark results\n\n";
		int from = text.indexOf(begin);
		int to = text.indexOf(end);
		if (from >= 0 && to > from) {
			text = text.substring(0, from) + block + text.substring(to + end.length());
		}
		else {
			text = text.stripTrailing() + "\n\n" + block + "\n";
		}
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	static String number(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return String.valueOf((long) value);
		}
		return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.0f" : Math.abs(value) >= 1 ? "%.1f" : "%.2f", value);
	}
}
