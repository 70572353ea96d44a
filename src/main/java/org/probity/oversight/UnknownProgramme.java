package org.probity.oversight;

import org.probity.shared.NotFound;

public class UnknownProgramme extends NotFound {

	public UnknownProgramme(String ref) {
		super("No oversight programme '" + ref + "' in your jurisdiction");
	}
}
