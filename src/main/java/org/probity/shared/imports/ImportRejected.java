package org.probity.shared.imports;

import java.util.List;

/** A file that was not imported at all, with every reason found. */
public class ImportRejected extends RuntimeException {

	private final String dataset;

	private final long rejectedRows;

	private final List<RowError> errors;

	public ImportRejected(String dataset, RowProblems problems) {
		this(dataset, problems.count(), problems.listed());
	}

	public ImportRejected(String dataset, long rejectedRows, List<RowError> errors) {
		super(rejectedRows + " problem(s) in the " + dataset + " file; nothing was imported");
		this.dataset = dataset;
		this.rejectedRows = rejectedRows;
		this.errors = List.copyOf(errors);
	}

	public String dataset() {
		return dataset;
	}

	public long problemCount() {
		return rejectedRows;
	}

	public List<RowError> errors() {
		return errors;
	}
}
