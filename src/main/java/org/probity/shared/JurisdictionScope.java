package org.probity.shared;

import java.util.function.Supplier;

/** Gives the jurisdiction filter its LIKE pattern whenever Hibernate applies it. */
public class JurisdictionScope implements Supplier<String> {

	@Override
	public String get() {
		return Jurisdiction.likePattern();
	}
}
