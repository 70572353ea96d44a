package org.probity.units;

/** How a unit came to follow another. */
public enum SuccessionKind {
	MERGE, SPLIT, RENAME
}
