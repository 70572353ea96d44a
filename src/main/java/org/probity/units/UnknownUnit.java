package org.probity.units;

import org.probity.shared.NotFound;

/** No unit with this code exists within the reader's jurisdiction. */
public class UnknownUnit extends NotFound {

	public UnknownUnit(String code) {
		super("No unit with code '" + code + "' in your jurisdiction");
	}
}
