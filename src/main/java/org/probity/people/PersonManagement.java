package org.probity.people;

import java.util.Optional;

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

	/** The person alone, without the posts held: for checks that only need who and where. */
	public Optional<PersonView> view(String code) {
		return people.findByCode(code).map(Person::view);
	}

	public long count() {
		return people.count();
	}
}
