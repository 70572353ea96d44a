package org.probity.search;

/**
 * One record found: its type (the index, such as {@code petitions}), its key, title, and a snippet of HTML in which
 * everything is escaped except the {@code <mark>} around the words that matched.
 */
public record SearchHit(String type, String id, String title, String snippet, String link) {
}
