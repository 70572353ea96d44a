package org.probity.petitions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.probity.shared.Jurisdiction;
import org.springframework.data.jpa.domain.Specification;

/** Turns an inbox's filters into criteria; the unit's subtree is matched by path prefix. */
final class PetitionSpecifications {

	private PetitionSpecifications() {
	}

	static Specification<Petition> matching(PetitionQuery query, String unitPath, LocalDate today) {
		return (petition, cq, cb) -> {
			List<Predicate> where = new ArrayList<>(shared(petition, query, unitPath, cb));
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
			if (query.handled()) {
				where.add(petition.get("status")
					.in(Arrays.stream(PetitionStatus.values()).filter(PetitionStatus::handled).toList()));
			}
			if (query.matters()) {
				// the first petition of its matter among those in the subtree and window, as countMatters counts
				Subquery<Long> first = cq.subquery(Long.class);
				Root<Petition> same = first.from(Petition.class);
				List<Predicate> among = new ArrayList<>(shared(same, query, unitPath, cb));
				among.add(cb.equal(same.get("matterId"), petition.get("matterId")));
				among.add(cb.like(same.get("scopePath"), Jurisdiction.likePattern(), '!'));
				first.select(cb.min(same.get("id"))).where(among.toArray(Predicate[]::new));
				where.add(cb.equal(petition.get("id"), first));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/** The subtree and the receipt window, which also bound the matters a petition is counted among. */
	private static List<Predicate> shared(Path<Petition> petition, PetitionQuery query, String unitPath,
			CriteriaBuilder cb) {
		List<Predicate> where = new ArrayList<>();
		if (unitPath != null) {
			where.add(cb.like(petition.get("scopePath"), Jurisdiction.subtreePattern(unitPath), '!'));
		}
		if (query.from() != null) {
			where.add(cb.greaterThanOrEqualTo(petition.get("receivedOn"), query.from()));
		}
		if (query.to() != null) {
			where.add(cb.lessThanOrEqualTo(petition.get("receivedOn"), query.to()));
		}
		return where;
	}
}
