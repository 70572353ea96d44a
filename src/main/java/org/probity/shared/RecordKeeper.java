package org.probity.shared;

import java.util.List;

/**
 * A module that files records under units implements this, so that the records module can list what a unit hands
 * over when it is merged or split, without knowing the module: the same pattern as the import datasets.
 */
public interface RecordKeeper {

	/**
	 * Every record filed under a path matching the LIKE pattern (escape character {@code !}), whoever reads: the
	 * handover is the system's, not a reader's, view. Read with plain SQL, so no jurisdiction filter applies.
	 */
	List<KeptRecord> keptUnder(String subtreePattern);
}
