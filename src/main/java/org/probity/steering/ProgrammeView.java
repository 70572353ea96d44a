package org.probity.steering;

import java.math.BigDecimal;
import java.util.List;

public record ProgrammeView(long id, long committeeId, int year, String title, List<GroupProgress> groups) {

	/** A group's tasks done of its tasks not cancelled, and that share in percent (one decimal). */
	public record GroupProgress(long id, int number, String title, long done, long total, BigDecimal percent) {
	}
}
