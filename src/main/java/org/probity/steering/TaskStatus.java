package org.probity.steering;

public enum TaskStatus {

	OPEN, IN_PROGRESS, DONE, CANCELLED;

	/** Still to be done, so it can fall overdue. */
	public boolean open() {
		return this == OPEN || this == IN_PROGRESS;
	}
}
