package org.probity.shared.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects rejected rows; every one is counted, the first {@value #LISTED} are kept with their reasons. */
public final class RowProblems {

	static final int LISTED = 1000;

	private final List<RowError> errors = new ArrayList<>();

	private long count;

	public void add(long row, String column, String message) {
		count++;
		if (errors.size() < LISTED) {
			errors.add(new RowError(row, column, message));
		}
	}

	public boolean isEmpty() {
		return count == 0;
	}

	public long count() {
		return count;
	}

	public List<RowError> listed() {
		return Collections.unmodifiableList(errors);
	}
}
