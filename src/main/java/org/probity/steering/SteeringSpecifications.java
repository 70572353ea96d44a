package org.probity.steering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.probity.shared.Jurisdiction;
import org.springframework.data.jpa.domain.Specification;

/** Turns the list queries into criteria; a unit's subtree is matched by path prefix. */
final class SteeringSpecifications {

	private SteeringSpecifications() {
	}

	static Specification<Meeting> meetings(MeetingQuery query, String unitPath) {
		return (meeting, cq, cb) -> {
			List<Predicate> where = common(meeting, cb, query.committeeId(), unitPath);
			if (query.kind() != null) {
				where.add(cb.equal(meeting.get("kind"), query.kind()));
			}
			if (query.from() != null) {
				where.add(cb.greaterThanOrEqualTo(meeting.get("heldOn"), query.from()));
			}
			if (query.to() != null) {
				where.add(cb.lessThanOrEqualTo(meeting.get("heldOn"), query.to()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	static Specification<SteeringDirection> directions(DirectionQuery query, String unitPath, LocalDate today) {
		return (direction, cq, cb) -> {
			List<Predicate> where = common(direction, cb, query.committeeId(), unitPath);
			if (query.status() != null) {
				where.add(cb.equal(direction.get("status"), query.status()));
			}
			if (query.overdue()) {
				where.add(cb.equal(direction.get("status"), DirectionStatus.OPEN));
				where.add(cb.lessThan(direction.get("dueOn"), today));
			}
			if (query.caseRef() != null) {
				where.add(cb.equal(direction.get("caseRef"), query.caseRef()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	static Specification<SteeringTask> tasks(TaskQuery query, String unitPath, LocalDate today) {
		return (task, cq, cb) -> {
			List<Predicate> where = common(task, cb, query.committeeId(), unitPath);
			if (query.status() != null) {
				where.add(cb.equal(task.get("status"), query.status()));
			}
			if (query.overdue()) {
				where.add(task.get("status").in(TaskStatus.OPEN, TaskStatus.IN_PROGRESS));
				where.add(cb.lessThan(task.get("deadline"), today));
			}
			if (query.groupId() != null) {
				where.add(cb.equal(task.get("groupId"), query.groupId()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static List<Predicate> common(Root<?> root, CriteriaBuilder cb, Long committeeId, String unitPath) {
		List<Predicate> where = new ArrayList<>();
		if (committeeId != null) {
			where.add(cb.equal(root.get("committeeId"), committeeId));
		}
		if (unitPath != null) {
			where.add(cb.like(root.get("scopePath"), Jurisdiction.subtreePattern(unitPath), '!'));
		}
		return where;
	}
}
