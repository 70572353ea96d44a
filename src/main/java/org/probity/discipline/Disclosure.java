package org.probity.discipline;

/** Whether a decision is made public: disclosed on a date, or kept from disclosure for a stated reason. */
public enum Disclosure {
	DISCLOSED, NOT_FOR_DISCLOSURE
}
