package org.probity.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Coverage of a unit's subtree in a period ("no gaps, no blind spots"): every unit active in the period with how it
 * was reached, the units never reached, and, when asked for, every party member of those units.
 */
public record Coverage(String unit, LocalDate from, LocalDate to, List<UnitCoverage> units,
		List<String> neverCovered, List<MemberCoverage> members, List<String> neverCoveredMembers) {

	public long coveredUnits() {
		return units.size() - neverCovered.size();
	}

	/** The units as a tree under the first (the subtree's top); a unit whose parent is not listed hangs from the top. */
	public CoverageNode tree() {
		Map<String, List<UnitCoverage>> below = new HashMap<>();
		UnitCoverage top = units.get(0);
		Set<String> listed = units.stream().map(UnitCoverage::code).collect(Collectors.toSet());
		for (UnitCoverage unit : units.subList(1, units.size())) {
			boolean parentListed = listed.contains(unit.parentCode());
			below.computeIfAbsent(parentListed ? unit.parentCode() : top.code(), key -> new ArrayList<>()).add(unit);
		}
		return node(top, below);
	}

	private static CoverageNode node(UnitCoverage unit, Map<String, List<UnitCoverage>> below) {
		List<CoverageNode> children = below.getOrDefault(unit.code(), List.of())
			.stream()
			.map(child -> node(child, below))
			.toList();
		long never = children.stream()
			.mapToLong(child -> child.neverBelow() + (child.unit().reach().state() == CoverageState.NEVER ? 1 : 0))
			.sum();
		return new CoverageNode(unit, children, never);
	}
}
