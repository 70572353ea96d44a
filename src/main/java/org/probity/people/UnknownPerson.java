package org.probity.people;

import org.probity.shared.NotFound;

public class UnknownPerson extends NotFound {

	public UnknownPerson(String code) {
		super("No person with code '" + code + "' in your jurisdiction");
	}
}
