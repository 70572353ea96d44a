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

@Entity
@Table(name = "people")
@Filter(name = Jurisdiction.FILTER, condition = "scope_path like :scope escape '!'")
class Person {

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

	String scopePath() {
		return scopePath;
	}

	PersonView view() {
		return new PersonView(code, fullName, birthDate, unitCode, position, partyMember);
	}
}
