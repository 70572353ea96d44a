package org.probity.cases;

/** The field of public life the case concerns, as the steering committees report them. */
public enum CaseField {
	LAND, FINANCE, PROCUREMENT, HEALTH, CONSTRUCTION, MINERALS, EDUCATION, BANKING, ENVIRONMENT, OTHER
}
