package org.probity.units;

import java.util.List;

/** A unit with its children, the units it followed and the units that followed it. */
public record UnitDetails(UnitView unit, List<UnitView> ancestors, List<UnitView> children,
		List<Succession> predecessors, List<Succession> successors) {
}
