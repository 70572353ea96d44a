package org.probity.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** People the current reader may see: every query passes through the jurisdiction filter. */
interface People extends Repository<Person, Long>, JpaSpecificationExecutor<Person> {

	Optional<Person> findByCode(String code);

	@Query("select p from Person p where p.scopePath like :pattern escape '!' and p.partyMember = true "
			+ "order by p.unitCode, p.nameFolded, p.code")
	List<Person> findMembers(String pattern);

	long count();

	/** People sharing a folded name and a birth date with another person the reader sees. */
	@Query("select p from Person p where p.birthDate is not null and exists (select q.id from Person q where "
			+ "q.nameFolded = p.nameFolded and q.birthDate = p.birthDate and q.id <> p.id) "
			+ "order by p.nameFolded, p.birthDate, p.code")
	List<Person> findProbableDuplicates();

	void delete(Person person);
}
