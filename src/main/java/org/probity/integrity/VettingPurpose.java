package org.probity.integrity;

/** What a person is vetted for: admission to the party, or a post. */
public enum VettingPurpose {
	ADMISSION, POST
}
