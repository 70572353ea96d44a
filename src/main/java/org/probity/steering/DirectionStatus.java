package org.probity.steering;

public enum DirectionStatus {
	OPEN, DONE
}
