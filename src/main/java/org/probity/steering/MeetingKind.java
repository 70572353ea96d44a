package org.probity.steering;

public enum MeetingKind {
	REGULAR, EXTRAORDINARY, STANDING_COMMITTEE, THEMATIC
}
