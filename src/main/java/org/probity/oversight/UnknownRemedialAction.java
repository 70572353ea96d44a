package org.probity.oversight;

import org.probity.shared.NotFound;

public class UnknownRemedialAction extends NotFound {

	public UnknownRemedialAction(long id) {
		super("No remedial action " + id + " in your jurisdiction");
	}
}
