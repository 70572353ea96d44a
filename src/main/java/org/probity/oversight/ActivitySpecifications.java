package org.probity.oversight;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.probity.shared.Jurisdiction;
import org.springframework.data.jpa.domain.Specification;

/**
 * Turns an {@link ActivityQuery} into criteria on activities, or on their targets for the report's drill-down
 * totals; the unit's subtree is matched by path prefix.
 */
final class ActivitySpecifications {

	private ActivitySpecifications() {
	}

	static Specification<Activity> matching(ActivityQuery query, String unitPath) {
		return (activity, cq, cb) -> {
			List<Predicate> where = activityPredicates(activity, query, unitPath, cb);
			if (query.targetKind() != null) {
				Subquery<Long> ofKind = cq.subquery(Long.class);
				Root<Target> target = ofKind.from(Target.class);
				ofKind.select(target.get("id"))
					.where(cb.equal(target.get("activity"), activity), cb.equal(target.get("kind"), query.targetKind()));
				where.add(cb.exists(ofKind));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/** The targets the listed activities look at, of the query's kind if it names one: what the report counts. */
	static Specification<Target> targetsMatching(ActivityQuery query, String unitPath) {
		return (target, cq, cb) -> {
			Path<Activity> activity = target.get("activity");
			List<Predicate> where = activityPredicates(activity, query, unitPath, cb);
			// the jurisdiction filter guards activities queried as roots, not through a target
			where.add(cb.like(activity.get("scopePath"), Jurisdiction.likePattern(), '!'));
			if (query.targetKind() != null) {
				where.add(cb.equal(target.get("kind"), query.targetKind()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static List<Predicate> activityPredicates(Path<Activity> activity, ActivityQuery query, String unitPath,
			CriteriaBuilder cb) {
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
		if (query.from() != null) {
			where.add(cb.greaterThanOrEqualTo(activity.get("startedOn"), query.from()));
		}
		if (query.to() != null) {
			where.add(cb.lessThanOrEqualTo(activity.get("startedOn"), query.to()));
		}
		return where;
	}
}
