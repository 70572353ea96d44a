package org.probity.oversight;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import org.probity.shared.Jurisdiction;
import org.springframework.data.jpa.domain.Specification;

/** Turns an {@link ActivityQuery} into criteria; the unit's subtree is matched by path prefix. */
final class ActivitySpecifications {

	private ActivitySpecifications() {
	}

	static Specification<Activity> matching(ActivityQuery query, String unitPath) {
		return (activity, cq, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (unitPath != null) {
				where.add(cb.like(activity.get("scopePath"), Jurisdiction.subtreePattern(unitPath), '!'));
			}
			if (query.type() != null) {
				where.add(cb.equal(activity.get("type"), query.type()));
			}
			if (query.body() != null) {
				where.add(cb.equal(activity.get("body"), query.body()));
			}
			if (query.programme() != null) {
				where.add(cb.equal(activity.get("programme"), query.programme()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}
}
