package org.probity.shared.imports;

/** Told how far an import has gone; {@link #NONE} when nobody is watching. */
@FunctionalInterface
public interface ImportProgress {

	ImportProgress NONE = (phase, rows) -> {
	};

	void reached(Phase phase, long rows);

	enum Phase {
		CHECKING, WRITING, DONE
	}
}
