package org.probity.cases;

import org.probity.shared.NotFound;

public class UnknownCase extends NotFound {

	public UnknownCase(long id) {
		super("No corruption case " + id + " in your jurisdiction");
	}
}
