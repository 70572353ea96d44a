package org.probity.units;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.probity.shared.AuditedChange;
import org.probity.shared.InvalidField;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges units into one, splits one into several, or moves one under another parent, on an effective date. Closed
 * units end the day before and keep their records and history; the successor graph records what followed what, and
 * the events tell the modules (the records module moves custody and writes the handover manifests).
 */
@Service
@Transactional
public class UnitRestructuring {

	private final Units units;

	private final UnitSuccessions successions;

	private final SubtreeMove subtrees;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	UnitRestructuring(Units units, UnitSuccessions successions, SubtreeMove subtrees, ApplicationEventPublisher events,
			Clock clock) {
		this.units = units;
		this.successions = successions;
		this.subtrees = subtrees;
		this.events = events;
		this.clock = clock;
	}

	public Restructured apply(Restructuring change) {
		RestructuringCheck check = new RestructuringCheck(units);
		List<Unit> closing = check.closing(change);
		return switch (change.kind()) {
			case MERGE -> merge(change, closing, check);
			case SPLIT -> split(change, closing.getFirst(), check);
			case MOVE -> move(change, closing.getFirst(), check);
		};
	}

	private Restructured merge(Restructuring change, List<Unit> merged, RestructuringCheck check) {
		List<NewUnit> into = change.into() == null ? List.of() : change.into();
		if (into.size() != 1) {
			throw new InvalidField("into", "must name exactly one unit to merge into");
		}
		check.opening(into, codes(merged), true);
		Unit successor = units.findByCode(into.getFirst().code()).orElse(null);
		if (successor != null && successor.view().validTo() != null) {
			throw new InvalidField("into[0].code", "'" + successor.code() + "' is closed");
		}
		boolean opened = successor == null;
		if (opened) {
			successor = open(into.getFirst(), change.effectiveOn());
		}
		List<UnitRef> refs = new ArrayList<>();
		for (Unit unit : merged) {
			close(unit, successor, SuccessionKind.MERGE, change.effectiveOn());
			refs.add(ref(unit));
		}
		events.publishEvent(new UnitsMerged(refs, ref(successor), change.effectiveOn()));
		return new Restructured(RestructuringKind.MERGE, change.effectiveOn(), List.copyOf(codes(merged)),
				opened ? List.of(successor.code()) : List.of(), successor.code(), null);
	}

	private Restructured split(Restructuring change, Unit split, RestructuringCheck check) {
		List<NewUnit> into = change.into() == null ? List.of() : change.into();
		if (into.size() < 2) {
			throw new InvalidField("into", "must name at least two new units");
		}
		check.opening(into, Set.of(split.code()), false);
		String custodian = change.custodian() == null ? into.getFirst().code() : change.custodian();
		if (into.stream().noneMatch(unit -> unit.code().equals(custodian))) {
			throw new InvalidField("custodian", "must be one of the new units");
		}
		List<Unit> parts = into.stream().map(unit -> open(unit, change.effectiveOn())).toList();
		parts.forEach(part -> close(split, part, SuccessionKind.SPLIT, change.effectiveOn()));
		Unit keeper = parts.stream().filter(part -> part.code().equals(custodian)).findFirst().orElseThrow();
		events.publishEvent(new UnitSplit(ref(split), parts.stream().map(UnitRestructuring::ref).toList(), ref(keeper),
				change.effectiveOn()));
		return new Restructured(RestructuringKind.SPLIT, change.effectiveOn(), List.of(split.code()),
				parts.stream().map(Unit::code).toList(), custodian, null);
	}

	private Restructured move(Restructuring change, Unit unit, RestructuringCheck check) {
		Unit parent = check.known(change.parentCode(), "parentCode");
		if (parent.path().startsWith(unit.path())) {
			throw new InvalidField("parentCode", "a unit cannot move under itself or its own subtree");
		}
		if (parent.code().equals(unit.view().parentCode())) {
			throw new InvalidField("parentCode", "is already the unit's parent");
		}
		String oldParent = unit.view().parentCode();
		units.flush();
		String newPath = parent.path() + unit.code() + "/";
		String oldPath = subtrees.move(unit.code(), newPath);
		subtrees.reparent(unit.code(), parent.code());
		events.publishEvent(new UnitReparented(unit.code(), oldParent, parent.code(), oldPath, newPath,
				change.effectiveOn()));
		events.publishEvent(AuditedChange.of("MOVE", "unit", unit.code(), "under " + parent.code() + " from "
				+ change.effectiveOn(), oldPath, newPath));
		return new Restructured(RestructuringKind.MOVE, change.effectiveOn(), List.of(), List.of(), null, newPath);
	}

	private Unit open(NewUnit unit, LocalDate effectiveOn) {
		String parentPath = unit.parentCode() == null ? "/" : units.findByCode(unit.parentCode()).orElseThrow().path();
		Unit opened = units.save(new Unit(unit, parentPath + unit.code() + "/", effectiveOn, Instant.now(clock)));
		events.publishEvent(AuditedChange.of("OPEN", "unit", unit.code(), unit.name(), null, opened.path()));
		return opened;
	}

	private void close(Unit unit, Unit successor, SuccessionKind kind, LocalDate effectiveOn) {
		unit.close(effectiveOn.minusDays(1), Instant.now(clock));
		if (!successions.existsByPredecessorCodeAndSuccessorCode(unit.code(), successor.code())) {
			successions.save(new UnitSuccession(unit.code(), successor.code(), kind, effectiveOn));
		}
		events.publishEvent(AuditedChange.of(kind.name(), "unit", unit.code(), "into " + successor.code() + " from "
				+ effectiveOn, unit.path(), successor.path()));
	}

	private static Set<String> codes(List<Unit> units) {
		return units.stream().map(Unit::code).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
	}

	private static UnitRef ref(Unit unit) {
		return new UnitRef(unit.code(), unit.path());
	}
}
