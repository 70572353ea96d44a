package org.probity.units;

/** A unit a restructuring opens, or, given only its code, an existing unit that receives a merge. */
public record NewUnit(String code, String name, UnitKind kind, String parentCode) {
}
