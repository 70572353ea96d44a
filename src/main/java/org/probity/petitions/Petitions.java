package org.probity.petitions;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Petitions the current reader may see: every query passes through the jurisdiction filter. */
interface Petitions extends Repository<Petition, Long>, JpaSpecificationExecutor<Petition> {

	Optional<Petition> findById(Long id);

	Optional<Petition> findByReference(String reference);

	Optional<Petition> findByReceiptHash(String receiptHash);

	List<Petition> findByIdIn(Collection<Long> ids);

	Petition save(Petition petition);

	@Query("select p from Petition p where p.status in :open and p.dueOn is not null and p.dueOn <= :by order by p.dueOn")
	Page<Petition> dueBy(Collection<PetitionStatus> open, LocalDate by, Pageable page);

	@Query("select p.kind, p.status, count(p) from Petition p where p.scopePath like :path escape '!' "
			+ "and p.receivedOn between :from and :to group by p.kind, p.status")
	List<Object[]> countByKindAndStatus(String path, LocalDate from, LocalDate to);

	@Query("select p.kind, p.status, extract(year from p.receivedOn), extract(month from p.receivedOn), count(p) "
			+ "from Petition p where p.scopePath like :path escape '!' and p.receivedOn between :from and :to "
			+ "group by p.kind, p.status, extract(year from p.receivedOn), extract(month from p.receivedOn)")
	List<Object[]> countByKindStatusAndMonth(String path, LocalDate from, LocalDate to);

	@Query("select count(distinct p.matterId) from Petition p where p.scopePath like :path escape '!' "
			+ "and p.receivedOn between :from and :to")
	long countMatters(String path, LocalDate from, LocalDate to);

	@Query("select count(p) from Petition p where p.scopePath like :path escape '!' and p.receivedOn between :from and :to "
			+ "and p.status in :open and p.dueOn < :today")
	long countOverdue(String path, LocalDate from, LocalDate to, Collection<PetitionStatus> open, LocalDate today);
}
