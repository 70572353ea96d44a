package org.probity.shared.search;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a record puts in the search index: the key its page is found by, a title, the words that find it, its
 * unit path (the reader's jurisdiction is a prefix of it), a date (its year is a facet), a status and, for records
 * that hang off another (a document off a petition), that owner. Never a reporter's identity.
 */
public record SearchCard(String key, String title, String text, String scopePath, LocalDate date, String status,
		String owner) {

	public SearchCard {
		Objects.requireNonNull(key, "key");
		title = title == null ? key : title;
		text = text == null ? "" : text;
	}

	public static SearchCard of(Object key, String title, String scopePath) {
		return new SearchCard(String.valueOf(key), title, null, scopePath, null, null, null);
	}

	/** The words that find the record, in order of importance; nulls and blanks are left out. */
	public SearchCard text(String... parts) {
		return new SearchCard(key, title, join("\n", parts), scopePath, date, status, owner);
	}

	public SearchCard dated(LocalDate on) {
		return new SearchCard(key, title, text, scopePath, on, status, owner);
	}

	public SearchCard status(Enum<?> value) {
		return status(value == null ? null : value.name());
	}

	public SearchCard status(String value) {
		return new SearchCard(key, title, text, scopePath, date, value, owner);
	}

	/** The record this one belongs to, so it can be re-indexed when that record changes hands. */
	public SearchCard ownedBy(String ownerType, String ownerId) {
		return new SearchCard(key, title, text, scopePath, date, status, owner(ownerType, ownerId));
	}

	public static String owner(String ownerType, String ownerId) {
		return ownerType + ":" + ownerId;
	}

	/** The parts that have text, joined by the separator: {@code join(" · ", ref, subject)}. */
	public static String join(String separator, String... parts) {
		return Arrays.stream(parts)
			.filter(part -> part != null && !part.isBlank())
			.map(String::strip)
			.collect(Collectors.joining(separator));
	}

	/** The code of the unit the record sits in: the last step of its path. */
	public String unitCode() {
		if (scopePath == null) {
			return null;
		}
		String[] steps = scopePath.split("/");
		return steps.length == 0 ? null : steps[steps.length - 1];
	}
}
