package org.probity.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.probity.shared.Jurisdiction;
import org.springframework.data.jpa.domain.Specification;

/**
 * Turns a {@link CaseQuery} into criteria. The figures count with the very same criteria the lists use, so a
 * figure and the list behind it cannot disagree.
 */
final class CaseSpecifications {

	private CaseSpecifications() {
	}

	static Specification<CorruptionCase> matching(CaseQuery query, String unitPath) {
		return (root, cq, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (unitPath != null) {
				where.add(cb.like(root.get("scopePath"), Jurisdiction.subtreePattern(unitPath), '!'));
			}
			if (query.stage() != null) {
				where.add(cb.equal(root.get("stage"), query.stage()));
			}
			if (query.field() != null) {
				where.add(cb.equal(root.get("field"), query.field()));
			}
			if (query.monitoring()) {
				Subquery<Long> periods = cq.subquery(Long.class);
				Root<MonitoringPeriod> period = periods.from(MonitoringPeriod.class);
				List<Predicate> overlapping = new ArrayList<>(List.of(cb.equal(period.get("corruptionCase"), root)));
				if (query.committee() != null) {
					overlapping.add(cb.equal(period.get("committeeCode"), query.committee()));
				}
				if (query.monitoredTo() != null) {
					overlapping.add(cb.lessThanOrEqualTo(period.get("placedOn"), query.monitoredTo()));
				}
				if (query.monitoredFrom() != null) {
					overlapping.add(cb.or(cb.isNull(period.get("removedOn")),
							cb.greaterThanOrEqualTo(period.get("removedOn"), query.monitoredFrom())));
				}
				where.add(cb.exists(periods.select(period.get("id")).where(overlapping.toArray(Predicate[]::new))));
			}
			if (query.reached() != null) {
				Subquery<Long> entries = cq.subquery(Long.class);
				Root<CaseStage> entry = entries.from(CaseStage.class);
				List<Predicate> reached = new ArrayList<>(List.of(cb.equal(entry.get("corruptionCase"), root),
						cb.equal(entry.get("stage"), query.reached())));
				reached.addAll(within(cb, entry.get("enteredOn"), query.reachedFrom(), query.reachedTo()));
				where.add(cb.exists(entries.select(entry.get("id")).where(reached.toArray(Predicate[]::new))));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/** Defendants prosecuted in the window in cases of the subtree (and, always, of the reader's jurisdiction). */
	static Specification<Defendant> prosecuted(String unitPath, LocalDate from, LocalDate to) {
		return (defendant, cq, cb) -> {
			Join<Defendant, CorruptionCase> inCase = defendant.join("corruptionCase");
			List<Predicate> where = new ArrayList<>();
			where.add(cb.like(inCase.get("scopePath"), Jurisdiction.likePattern(), '!'));
			if (unitPath != null) {
				where.add(cb.like(inCase.get("scopePath"), Jurisdiction.subtreePattern(unitPath), '!'));
			}
			where.add(cb.isNotNull(defendant.get("prosecutedOn")));
			where.addAll(within(cb, defendant.get("prosecutedOn"), from, to));
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static List<Predicate> within(CriteriaBuilder cb, jakarta.persistence.criteria.Path<LocalDate> day,
			LocalDate from, LocalDate to) {
		List<Predicate> bounds = new ArrayList<>();
		if (from != null) {
			bounds.add(cb.greaterThanOrEqualTo(day, from));
		}
		if (to != null) {
			bounds.add(cb.lessThanOrEqualTo(day, to));
		}
		return bounds;
	}
}
