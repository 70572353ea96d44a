package org.probity.oversight;

/** How often a unit or member was reached in a period: never (a blind spot), once, or several times. */
public enum CoverageState {
	NEVER, ONCE, SEVERAL;

	static CoverageState of(long times) {
		return times == 0 ? NEVER : times == 1 ? ONCE : SEVERAL;
	}
}
