package org.probity.people;

/** Merge the person {@code merge} into the person {@code keep}. */
public record PersonMerge(String keep, String merge) {
}
