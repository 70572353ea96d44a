package org.probity.petitions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import org.probity.shared.Jurisdiction;
import org.springframework.data.jpa.domain.Specification;

/** Turns an inbox's filters into criteria; the unit's subtree is matched by path prefix. */
final class PetitionSpecifications {

	private PetitionSpecifications() {
	}

	static Specification<Petition> matching(PetitionQuery query, String unitPath, LocalDate today) {
		return (petition, cq, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (unitPath != null) {
				where.add(cb.like(petition.get("scopePath"), Jurisdiction.subtreePattern(unitPath), '!'));
			}
			if (query.status() != null) {
				where.add(cb.equal(petition.get("status"), query.status()));
			}
			if (query.kind() != null) {
				where.add(cb.equal(petition.get("kind"), query.kind()));
			}
			if (query.assignedTo() != null && !query.assignedTo().isBlank()) {
				where.add(cb.equal(petition.get("assignedTo"), query.assignedTo()));
			}
			if (query.overdue()) {
				where.add(petition.get("status").in(PetitionStatus.OPEN));
				where.add(cb.lessThan(petition.get("dueOn"), today));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}
}
