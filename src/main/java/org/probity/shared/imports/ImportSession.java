package org.probity.shared.imports;

/**
 * One file's import: {@link #check} sees every row before anything is written, {@link #checkAll} then judges what
 * needs the whole file, and only a file without problems reaches {@link #write} and {@link #finish}, inside one
 * transaction that rolls back if they report a problem.
 */
public interface ImportSession {

	void check(CsvRow row, RowProblems problems);

	default void checkAll(RowProblems problems) {
	}

	void write(CsvRow row, RowProblems problems);

	/** Writes whatever {@link #write} buffered. */
	void finish(RowProblems problems);
}
