package org.probity.shared.imports;

import java.util.List;
import java.util.Set;

/**
 * A CSV dataset a module accepts through {@code POST /api/v1/imports/{name}} and the upload page. The importer
 * checks every row first and writes nothing unless every row passes; the write runs in one transaction.
 */
public interface ImportDataset {

	String name();

	/** The header the file must carry, in any order. */
	List<String> columns();

	/** Roles (such as {@code ADMIN}) allowed to import this dataset. */
	Set<String> roles();

	/** A fresh session for one file. */
	ImportSession open();
}
