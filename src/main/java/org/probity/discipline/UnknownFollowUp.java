package org.probity.discipline;

import org.probity.shared.NotFound;

public class UnknownFollowUp extends NotFound {

	public UnknownFollowUp(long id) {
		super("No administrative discipline follow-up " + id + " in your jurisdiction");
	}
}
