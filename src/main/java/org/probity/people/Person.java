package org.probity.people;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.probity.shared.Jurisdiction;
import org.probity.shared.search.HasSearchCard;
import org.probity.shared.search.SearchCard;
import org.probity.shared.search.Searchable;

@Entity
@Table(name = "people")
@Filter(name = Jurisdiction.FILTER, condition = Jurisdiction.SCOPED, deduceAliasInjectionPoints = false)
@Searchable(type = "people", from = { "code", "fullName", "position", "scopePath", "partyMember" })
class Person implements HasSearchCard {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String fullName;

	private String nameFolded;

	private LocalDate birthDate;

	private String unitCode;

	private String scopePath;

	private String position;

	private boolean partyMember;

	private Instant updatedAt;

	protected Person() {
	}

	Long id() {
		return id;
	}

	String nameFolded() {
		return nameFolded;
	}

	java.time.LocalDate birthDate() {
		return birthDate;
	}

	String code() {
		return code;
	}

	String scopePath() {
		return scopePath;
	}

	PersonView view() {
		return new PersonView(code, fullName, birthDate, unitCode, position, partyMember);
	}

	@Override
	public SearchCard searchCard() {
		return SearchCard.of(code, fullName, scopePath)
			.text(code, position)
			.status(partyMember ? "PARTY_MEMBER" : null);
	}
}
