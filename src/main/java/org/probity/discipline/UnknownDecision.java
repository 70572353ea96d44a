package org.probity.discipline;

import org.probity.shared.NotFound;

public class UnknownDecision extends NotFound {

	public UnknownDecision(String ref) {
		super("No discipline decision '" + ref + "' in your jurisdiction");
	}
}
