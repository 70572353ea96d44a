package org.probity.people;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import org.probity.shared.Folding;
import org.probity.shared.Jurisdiction;
import org.springframework.data.jpa.domain.Specification;

/** Turns a {@link PeopleQuery} into criteria; the unit's subtree is matched by path prefix. */
final class PeopleSpecifications {

	private PeopleSpecifications() {
	}

	static Specification<Person> matching(PeopleQuery query, String unitPath) {
		return (person, cq, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (query.name() != null) {
				for (String word : Folding.fold(query.name()).split(" ")) {
					if (!word.isEmpty()) {
						where.add(cb.like(person.get("nameFolded"), "%" + Jurisdiction.escapeLike(word) + "%", '!'));
					}
				}
			}
			if (unitPath != null) {
				where.add(cb.like(person.get("scopePath"), Jurisdiction.subtreePattern(unitPath), '!'));
			}
			if (query.partyMember() != null) {
				where.add(cb.equal(person.get("partyMember"), query.partyMember()));
			}
			if (query.position() != null && !query.position().isBlank()) {
				where.add(cb.like(cb.lower(person.get("position")),
						"%" + Jurisdiction.escapeLike(query.position().strip().toLowerCase()) + "%", '!'));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}
}
