package org.probity.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Arabic reads right to left and every language writes dates its own way: stylesheets use logical properties
 * (start/end, never left/right) and templates format dates with a locale style, never a fixed pattern.
 */
class LocaleNeutralLayoutTests {

	static final Pattern PHYSICAL = Pattern.compile(
			"(?<![\\w-])(margin-left|margin-right|padding-left|padding-right|border-left|border-right|left|right)\\s*:"
					+ "|(text-align|float|clear)\\s*:\\s*(left|right)");

	static final Pattern DATE_FORMAT = Pattern.compile("#temporals\\.format\\([^,()]+(?:\\([^)]*\\))?,\\s*'([^']*)'");

	@Test
	void stylesheetsUseOnlyLogicalDirections() throws IOException {
		List<String> offences = new ArrayList<>();
		for (Path css : files(Path.of("src/main/resources/static"), ".css")) {
			List<String> lines = Files.readAllLines(css);
			for (int i = 0; i < lines.size(); i++) {
				if (PHYSICAL.matcher(lines.get(i)).find()) {
					offences.add(css + ":" + (i + 1) + ": " + lines.get(i).strip());
				}
			}
		}
		assertThat(offences).as("use margin-inline-start, inset-inline-end, text-align: start…").isEmpty();
	}

	@Test
	void templatesFormatDatesInTheReadersLanguage() throws IOException {
		List<String> offences = new ArrayList<>();
		for (Path template : files(Path.of("src/main/resources/templates"), ".html")) {
			Matcher format = DATE_FORMAT.matcher(Files.readString(template));
			while (format.find()) {
				if (!List.of("SHORT", "MEDIUM", "LONG", "FULL").contains(format.group(1))) {
					offences.add(template + ": " + format.group());
				}
			}
		}
		assertThat(offences).as("use #temporals.format(day, 'MEDIUM'), not a fixed pattern").isEmpty();
	}

	@Test
	void theChecksRecogniseWhatTheyForbid() {
		assertThat(PHYSICAL.matcher(".a { margin-left: 1rem }").find()).isTrue();
		assertThat(PHYSICAL.matcher(".a { text-align: right }").find()).isTrue();
		assertThat(PHYSICAL.matcher(".a { margin-inline-start: 1rem; inset-inline-start: 0 }").find()).isFalse();
		Matcher fixed = DATE_FORMAT.matcher("${#temporals.format(p.dueOn, 'yyyy-MM-dd')}");
		assertThat(fixed.find()).isTrue();
		assertThat(fixed.group(1)).isEqualTo("yyyy-MM-dd");
	}

	private static List<Path> files(Path root, String suffix) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(file -> file.toString().endsWith(suffix)).toList();
		}
	}
}
