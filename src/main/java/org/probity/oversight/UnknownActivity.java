package org.probity.oversight;

import org.probity.shared.NotFound;

public class UnknownActivity extends NotFound {

	public UnknownActivity(String ref) {
		super("No oversight activity '" + ref + "' in your jurisdiction");
	}
}
