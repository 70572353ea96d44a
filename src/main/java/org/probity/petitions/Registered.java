package org.probity.petitions;

import java.time.LocalDate;
import java.util.List;

/** The answer to a registration: the reference, the first deadline and what it repeats. */
public record Registered(long id, String reference, LocalDate dueOn, Long duplicateOf, List<Similar> similar) {

	public record Similar(long id, String reference, double score, List<String> reasons) {
	}
}
