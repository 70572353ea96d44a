package org.probity.petitions;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The answer to a registration: the reference, the first deadline and what it repeats (kept in the session as a flash). */
public record Registered(long id, String reference, LocalDate dueOn, Long duplicateOf, List<Similar> similar)
		implements Serializable {

	public record Similar(long id, String reference, double score, List<String> reasons) implements Serializable {
	}
}
