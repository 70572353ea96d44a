package org.probity.petitions.clock;

/** How hard a case is, as the handling officer judged it; complex cases get more time. */
public enum Complexity {
	ORDINARY, COMPLEX, VERY_COMPLEX
}
