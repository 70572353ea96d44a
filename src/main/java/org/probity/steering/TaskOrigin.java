package org.probity.steering;

/** Where a task came from: a meeting's conclusion, a group of a work programme, or neither. */
public enum TaskOrigin {
	CONCLUSION, PROGRAMME, STANDALONE
}
