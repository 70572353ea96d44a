package org.probity.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.probity.access.Role;
import org.probity.units.SuccessionKind;
import org.probity.units.UnitKind;

/** Every visible word comes from the bundles, and every bundle has every key. */
class MessagesTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Every bundle on disk, so a language added later is checked like the others. */
	static final List<String> BUNDLES = bundles();

	static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "placeholder", "alt", "aria-label", "value");

	@Test
	void everyBundleHasExactlyTheSameKeys() throws IOException {
		Set<String> english = load(BUNDLES.get(0)).stringPropertyNames();
		for (String bundle : BUNDLES) {
			assertThat(load(bundle).stringPropertyNames()).as(bundle).isEqualTo(english);
		}
	}

	@Test
	void theFourLanguagesHaveBundles() {
		assertThat(BUNDLES).contains("messages.properties", "messages_vi.properties", "messages_ar.properties",
				"messages_pl.properties");
	}

	/** A bundle made by copying English would pass the key check; real translations share only a few words. */
	@Test
	void noBundleIsACopyOfTheEnglish() throws IOException {
		Properties english = load(BUNDLES.get(0));
		for (String bundle : BUNDLES.subList(1, BUNDLES.size())) {
			Properties translated = load(bundle);
			List<String> copied = english.stringPropertyNames()
				.stream()
				.filter(key -> !key.equals("app.name") && !key.equals("home.title") && !key.startsWith("lang."))
				.filter(key -> english.getProperty(key).chars().anyMatch(Character::isLetter))
				.filter(key -> english.getProperty(key).equals(translated.getProperty(key)))
				.sorted()
				.toList();
			assertThat(copied).as(bundle + " values identical to English").hasSizeLessThan(english.size() / 20);
		}
	}

	@Test
	void everyKeyATemplateOrEnumUsesExists() throws IOException {
		Set<String> used = new TreeSet<>();
		for (Path template : templates()) {
			Matcher matcher = KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				used.add(matcher.group(1));
			}
		}
		Stream.of(UnitKind.values()).forEach(kind -> used.add("unit.kind." + kind.name()));
		Stream.of(Role.values()).forEach(role -> used.add("role." + role.name()));
		Stream.of(SuccessionKind.values()).forEach(kind -> used.add("succession." + kind.name()));
		for (String bundle : BUNDLES) {
			assertThat(load(bundle).stringPropertyNames()).as(bundle).containsAll(used);
		}
	}

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		List<String> offences = new ArrayList<>();
		for (Path template : templates()) {
			Document page = Jsoup.parse(template.toFile(), "UTF-8");
			for (Element element : page.getAllElements()) {
				boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext")
						|| element.hasAttr("th:errors") || element.hasAttr("th:replace") || element.hasAttr("th:insert") || element.tagName().equals("script")
						|| element.tagName().equals("style") || element.tagName().equals("code");
				String own = element.ownText().strip();
				if (!replaced && own.chars().anyMatch(Character::isLetter)) {
					offences.add(template + ": <" + element.tagName() + "> " + own);
				}
				for (String attribute : TEXT_ATTRIBUTES) {
					String value = element.attr(attribute);
					if (!value.isEmpty() && value.chars().anyMatch(Character::isLetter) && !attribute.equals("value")) {
						offences.add(template + ": " + attribute + "=\"" + value + "\"");
					}
				}
			}
		}
		assertThat(offences).isEmpty();
	}

	@Test
	void theCheckCatchesAHardCodedWord() {
		Element paragraph = Jsoup.parse("<p>Hello</p>").selectFirst("p");
		assertThat(paragraph.ownText()).isEqualTo("Hello");
		assertThat(paragraph.hasAttr("th:text")).isFalse();
	}

	private static List<String> bundles() {
		try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
			return files.map(file -> file.getFileName().toString())
				.filter(name -> name.matches("messages(_[a-z]{2,3})?\\.properties"))
				.sorted((a, b) -> a.length() == b.length() ? a.compareTo(b) : a.length() - b.length())
				.toList();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).toList();
		}
	}

	private static Properties load(String bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getClassLoader().getResourceAsStream(bundle)) {
			assertThat(in).as(bundle).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
