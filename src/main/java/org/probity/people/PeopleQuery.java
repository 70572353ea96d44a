package org.probity.people;

/**
 * What to list: a name (with or without diacritics, words in any order), a unit's subtree, membership, a post.
 * Any part may be null.
 */
public record PeopleQuery(String name, String unitCode, Boolean partyMember, String position) {

	public static PeopleQuery all() {
		return new PeopleQuery(null, null, null, null);
	}
}
