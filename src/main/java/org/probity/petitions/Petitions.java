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
}
