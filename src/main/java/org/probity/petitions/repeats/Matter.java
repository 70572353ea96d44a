package org.probity.petitions.repeats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.probity.shared.Folding;

import org.probity.petitions.repeats.OfficialNames.Named;

/**
 * What one petition is about: the official it names, the facts it gives and what its text says. Built once per
 * petition; comparing two of them is then a matter of microseconds.
 */
public final class Matter {

	private static final int MOST_NAMES_KEYED = 4;

	private static final int MOST_FACTS_KEYED = 12;

	private final Official subject;

	private final List<Official> named;

	private final Facts facts;

	private final TextSignature text;

	private Matter(Official subject, List<Official> named, Facts facts, TextSignature text) {
		this.subject = subject;
		this.named = List.copyOf(named);
		this.facts = facts;
		this.text = text;
	}

	/**
	 * @param subjectName the official as the receiving officer recorded them, or {@code null} or blank when not
	 * recorded; then the official the content names with an office is taken
	 */
	public static Matter of(String subjectName, String content) {
		String text = content == null ? "" : content;
		List<Named> names = OfficialNames.in(text);
		List<Official> named = names.stream().filter(name -> !name.writerOrFamily()).map(Named::official).toList();
		Official subject = recorded(subjectName).orElseGet(() -> inferred(names));
		Facts facts = Facts.readFrom(Folding.fold(text));
		return new Matter(subject, named, facts, TextSignature.of(Folding.fold(withoutNames(text, names))));
	}

	/** The folded name of the official the petition is about, or an empty string when nobody is named. */
	public String subject() {
		return subject == null ? "" : subject.folded();
	}

	public Facts facts() {
		return facts;
	}

	/**
	 * Keys to store beside the petition: a later repeat of it almost always shares one of them, so candidates are
	 * found by an indexed look-up instead of comparing with every earlier petition.
	 */
	public Set<String> candidateKeys() {
		Set<String> keys = new LinkedHashSet<>();
		if (subject != null) {
			keys.add("s:" + subject.folded());
		}
		named.stream().limit(MOST_NAMES_KEYED).forEach(official -> keys.add("s:" + official.folded()));
		List<String> facts = new ArrayList<>();
		this.facts.plots().forEach(plot -> facts.add("f:plot:" + plot));
		this.facts.sums().forEach(sum -> facts.add("f:sum:" + sum));
		this.facts.dates().forEach(date -> facts.add("f:date:" + date));
		facts.stream().limit(MOST_FACTS_KEYED).forEach(keys::add);
		keys.addAll(text.bandKeys());
		return keys;
	}

	Optional<Official> official() {
		return Optional.ofNullable(subject);
	}

	boolean names(Official official) {
		return named.stream().anyMatch(official::sameAs);
	}

	TextSignature text() {
		return text;
	}

	private static Optional<Official> recorded(String subjectName) {
		if (subjectName == null || subjectName.isBlank()) {
			return Optional.empty();
		}
		String name = subjectName.split("[,;(]| - ")[0].strip().replaceFirst("(?iu)^(ông|bà|ong|ba)\\s+", "");
		return name.isBlank() ? Optional.empty() : Optional.of(Official.named(name));
	}

	/**
	 * Who a petition is about is weighed on its own, so names and offices are left out of the wording; otherwise
	 * two different complaints about one chairman would look alike merely for naming him twice.
	 */
	private static String withoutNames(String content, List<Named> names) {
		StringBuilder wording = new StringBuilder(content);
		for (Named name : names) {
			for (int i = name.start(); i < name.end(); i++) {
				wording.setCharAt(i, ' ');
			}
		}
		return wording.toString();
	}

	/** The first person named with an office; failing that, the first named who is not the writer's family. */
	private static Official inferred(List<Named> names) {
		return names.stream()
			.filter(name -> !name.writerOrFamily())
			.min(Comparator.comparing(name -> !name.withOffice()))
			.map(Named::official)
			.orElse(null);
	}
}
