package org.probity.discipline;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import org.probity.shared.Jurisdiction;
import org.springframework.data.jpa.domain.Specification;

/** Turns a {@link DisciplineQuery} into criteria; the unit's subtree is matched by path prefix. */
final class DisciplineSpecifications {

	private DisciplineSpecifications() {
	}

	static Specification<Decision> matching(DisciplineQuery query, String unitPath) {
		return (decision, cq, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (unitPath != null) {
				where.add(cb.like(decision.get("scopePath"), Jurisdiction.subtreePattern(unitPath), '!'));
			}
			if (query.form() != null) {
				where.add(cb.equal(decision.get("form"), query.form()));
			}
			if (query.targetKind() != null) {
				where.add(cb.equal(decision.get("targetKind"), query.targetKind()));
			}
			if (query.from() != null) {
				where.add(cb.greaterThanOrEqualTo(decision.get("decidedOn"), query.from()));
			}
			if (query.to() != null) {
				where.add(cb.lessThanOrEqualTo(decision.get("decidedOn"), query.to()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}
}
