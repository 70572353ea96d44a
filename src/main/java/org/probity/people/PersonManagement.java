package org.probity.people;

import java.util.List;
import java.util.Optional;

import org.probity.shared.Jurisdiction;
import org.probity.units.UnitManagement;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads people within the reader's jurisdiction. */
@Service
@Transactional(readOnly = true)
public class PersonManagement {

	public static final int PAGE_SIZE = 50;

	private final People people;

	private final Positions positions;

	private final UnitManagement units;

	PersonManagement(People people, Positions positions, UnitManagement units) {
		this.people = people;
		this.positions = positions;
		this.units = units;
	}

	public Page<PersonView> list(PeopleQuery query, int page) {
		String unitPath = null;
		if (query.unitCode() != null && !query.unitCode().isBlank()) {
			unitPath = units.pathOf(query.unitCode());
		}
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("nameFolded", "code"));
		return people.findAll(PeopleSpecifications.matching(query, unitPath), request).map(Person::view);
	}

	public Optional<PersonDetails> find(String code) {
		return people.findByCode(code)
			.map(person -> new PersonDetails(person.view(),
					positions.findByPersonIdOrderByStartedOnDesc(person.id()).stream().map(Position::view).toList()));
	}

	/** The path of the person's unit, for modules that file records under it; one query. */
	public Optional<String> pathOf(String code) {
		return people.findByCode(code).map(Person::scopePath);
	}

	/** Every party member of the units in a subtree, by unit and name, in one query: for coverage of members. */
	public List<PersonView> membersIn(String unitCode) {
		return people.findMembers(Jurisdiction.subtreePattern(units.pathOf(unitCode))).stream().map(Person::view).toList();
	}

	public long count() {
		return people.count();
	}
}
