package org.probity.oversight;

/** Inspection looks for violations; supervision follows how a unit or person does its work. */
public enum ActivityType {
	INSPECTION, SUPERVISION
}
