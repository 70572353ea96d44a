package org.probity.oversight;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.probity.people.PersonManagement;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;
import org.probity.shared.Texts;
import org.probity.units.UnitManagement;
import org.probity.units.UnitView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which units (and members) of a subtree were inspected or supervised in a period, by whom and how often, and which
 * were never reached. The units come in one query, the counts in one grouped query, the members in one more.
 */
@Service
@Transactional(readOnly = true)
public class OversightCoverage {

	private final UnitManagement units;

	private final PersonManagement people;

	private final CoverageCounts counts;

	OversightCoverage(UnitManagement units, PersonManagement people, CoverageCounts counts) {
		this.units = units;
		this.people = people;
		this.counts = counts;
	}

	/** Units active at some time in the period (both ends included); members only when asked for. */
	public Coverage of(String unitCode, LocalDate from, LocalDate to, boolean withMembers) {
		if (Texts.blankToNull(unitCode) == null) {
			throw new InvalidField("unit", "is required: the unit whose subtree is looked at");
		}
		if (from == null || to == null) {
			throw new InvalidField(from == null ? "from" : "to", "is required, as YYYY-MM-DD");
		}
		if (to.isBefore(from)) {
			throw new InvalidField("to", "is before from " + from);
		}
		List<UnitView> subtree = units.subtree(unitCode.strip());
		Map<String, Reach> unitReach = new HashMap<>();
		Map<String, Reach> personReach = new HashMap<>();
		for (CoverageCounts.Count count : counts.of(Jurisdiction.subtreePattern(subtree.get(0).path()), from, to)) {
			(count.kind() == TargetKind.UNIT ? unitReach : personReach).merge(count.code(), Reach.NONE.plus(count),
					(a, b) -> a.plus(count));
		}
		List<UnitCoverage> listed = subtree.stream()
			.filter(unit -> unit == subtree.get(0) || activeDuring(unit, from, to))
			.map(unit -> new UnitCoverage(unit.code(), unit.name(), unit.kind(), unit.parentCode(), unit.depth(),
					unitReach.getOrDefault(unit.code(), Reach.NONE)))
			.toList();
		List<MemberCoverage> members = !withMembers ? List.of()
				: people.membersIn(unitCode.strip()).stream()
					.map(person -> new MemberCoverage(person.code(), person.fullName(), person.unitCode(),
							personReach.getOrDefault(person.code(), Reach.NONE)))
					.toList();
		return new Coverage(subtree.get(0).code(), from, to, listed,
				listed.stream().filter(unit -> unit.reach().times() == 0).map(UnitCoverage::code).toList(), members,
				members.stream().filter(member -> member.reach().times() == 0).map(MemberCoverage::code).toList());
	}

	private static boolean activeDuring(UnitView unit, LocalDate from, LocalDate to) {
		return (unit.validFrom() == null || !unit.validFrom().isAfter(to))
				&& (unit.validTo() == null || !unit.validTo().isBefore(from));
	}
}
