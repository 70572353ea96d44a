package org.probity.oversight;

/** Why an activity takes place, as the party's inspection regulations name the grounds. */
public enum Programme {
	REGULAR, THEMATIC, SIGNS_OF_VIOLATION, DISCIPLINE_IMPLEMENTATION, PARTY_FINANCE
}
