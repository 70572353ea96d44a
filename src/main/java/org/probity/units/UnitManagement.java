package org.probity.units;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.probity.shared.AuditedChange;
import org.probity.shared.Folding;
import org.probity.shared.Jurisdiction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the unit tree within the reader's jurisdiction, and records successions. */
@Service
@Transactional(readOnly = true)
public class UnitManagement {

	private final Units units;

	private final UnitSuccessions successions;

	private final ApplicationEventPublisher events;

	UnitManagement(Units units, UnitSuccessions successions, ApplicationEventPublisher events) {
		this.units = units;
		this.successions = successions;
		this.events = events;
	}

	public Optional<UnitView> find(String code) {
		return units.findByCode(code).map(Unit::view);
	}

	/** The path of a unit within the reader's jurisdiction; {@link UnknownUnit} (404) otherwise. */
	public String pathOf(String code) {
		return find(code).map(UnitView::path).orElseThrow(() -> new UnknownUnit(code));
	}

	/** The top of what the reader sees: the nation's roots, or the reader's home unit. */
	public List<UnitView> roots() {
		String scope = Jurisdiction.scopePath();
		List<Unit> roots = Jurisdiction.NATIONWIDE.equals(scope) ? units.findByParentCodeIsNullOrderByName()
				: units.findByPathOrderByName(scope);
		return views(roots);
	}

	/** The unit and every unit below it, parents before children, in one query; {@link UnknownUnit} if unseen. */
	public List<UnitView> subtree(String code) {
		return views(units.findSubtree(Jurisdiction.subtreePattern(pathOf(code))));
	}

	public List<UnitView> children(String code) {
		return views(units.findByParentCodeOrderByName(code));
	}

	public Optional<UnitDetails> details(String code) {
		return find(code).map(unit -> new UnitDetails(unit, ancestors(unit), children(code),
				linked(successions.findBySuccessorCode(code), UnitSuccession::predecessorCode),
				linked(successions.findByPredecessorCode(code), UnitSuccession::successorCode)));
	}

	/** Units whose name or code contains the text, with or without diacritics. */
	public List<UnitView> search(String text, int limit) {
		String pattern = "%" + Jurisdiction.escapeLike(Folding.fold(text)) + "%";
		return views(units.search(pattern, PageRequest.of(0, limit)));
	}

	public Map<String, UnitView> findAll(Collection<String> codes) {
		return units.findByCodeIn(codes)
			.stream()
			.map(Unit::view)
			.collect(Collectors.toMap(UnitView::code, Function.identity()));
	}

	public long count() {
		return units.count();
	}

	/** Records that {@code successor} follows {@code predecessor}; both must be within the reader's jurisdiction. */
	@Transactional
	public void recordSuccession(String predecessor, String successor, SuccessionKind kind, LocalDate effectiveOn) {
		if (find(predecessor).isEmpty() || find(successor).isEmpty()) {
			throw new UnknownUnit(find(predecessor).isEmpty() ? predecessor : successor);
		}
		if (!successions.existsByPredecessorCodeAndSuccessorCode(predecessor, successor)) {
			successions.save(new UnitSuccession(predecessor, successor, kind, effectiveOn));
			events.publishEvent(AuditedChange.of("SUCCESSION", "unit", successor,
					kind + " from " + predecessor + " on " + effectiveOn, null, predecessor + ">" + successor));
		}
	}

	private List<UnitView> ancestors(UnitView unit) {
		List<String> codes = Arrays.stream(unit.path().split("/"))
			.filter(code -> !code.isEmpty() && !code.equals(unit.code()))
			.toList();
		return units.findByCodeIn(codes).stream().map(Unit::view).sorted(Comparator.comparingInt(UnitView::depth)).toList();
	}

	private List<Succession> linked(List<UnitSuccession> links, Function<UnitSuccession, String> other) {
		Map<String, UnitView> visible = findAll(links.stream().map(other).toList());
		return links.stream()
			.filter(link -> visible.containsKey(other.apply(link)))
			.map(link -> new Succession(visible.get(other.apply(link)), link.kind(), link.effectiveOn()))
			.toList();
	}

	private static List<UnitView> views(List<Unit> units) {
		return units.stream().map(Unit::view).toList();
	}
}
