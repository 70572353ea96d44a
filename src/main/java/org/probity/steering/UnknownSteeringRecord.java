package org.probity.steering;

import org.probity.shared.NotFound;

/** A committee, meeting, direction, task, programme, target or criteria set not found in the reader's jurisdiction. */
public class UnknownSteeringRecord extends NotFound {

	public UnknownSteeringRecord(String what, Object id) {
		super("No " + what + " " + id + " in your jurisdiction");
	}
}
