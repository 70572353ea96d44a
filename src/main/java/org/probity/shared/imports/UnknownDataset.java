package org.probity.shared.imports;

import java.util.Collection;

/** An import asked for a dataset no module offers. */
public class UnknownDataset extends RuntimeException {

	public UnknownDataset(String name, Collection<String> known) {
		super("Unknown dataset '" + CsvRow.clip(name) + "'; available: " + known.stream().sorted().toList());
	}
}
