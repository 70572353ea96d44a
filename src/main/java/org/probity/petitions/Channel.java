package org.probity.petitions;

/** How the petition arrived. */
public enum Channel {
	DIRECT, MAIL, WEB, HOTLINE, FORWARDED, PRESS
}
