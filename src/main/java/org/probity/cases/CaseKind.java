package org.probity.cases;

/** A criminal case (vụ án), or an incident (vụ việc) still being verified before any proceedings. */
public enum CaseKind {
	CRIMINAL_CASE, INCIDENT
}
