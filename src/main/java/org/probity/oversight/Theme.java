package org.probity.oversight;

/** What a planned inspection or supervision looks at; implementing a resolution names the resolution. */
public enum Theme {
	LAND, CONSTRUCTION, MINERALS, PUBLIC_FUNDS, COVID_SUPPORT, PERSONNEL_WORK, ASSET_DECLARATION,
	RESOLUTION_IMPLEMENTATION, OTHER
}
