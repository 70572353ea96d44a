package org.probity.oversight;

/** How far a planned item has got: no activity yet, an activity started, or one concluded. */
public enum ItemState {
	PLANNED, STARTED, CONCLUDED
}
