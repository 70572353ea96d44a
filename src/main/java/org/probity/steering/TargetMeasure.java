package org.probity.steering;

import java.time.Year;

/**
 * Counts what a unit achieved in a year from the records a module holds, so a target's attainment is computed,
 * never typed. Any module may declare one as a Spring bean (people could count new members admitted); targets name
 * it by {@link #key()}.
 */
public interface TargetMeasure {

	/** Stable upper-case key stored with targets, such as {@code TASKS_DONE}; at most 40 characters. */
	String key();

	/**
	 * The count for the unit's whole subtree in the year.
	 * @param unitCode the unit the target is set for
	 * @param unitPath its materialised path, such as {@code /VN/QN/}; its subtree is every path starting with it
	 */
	long count(String unitCode, String unitPath, Year year);
}
