package org.probity.integrity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Vetting requests the current reader may see: every query passes through the jurisdiction filter. */
interface VettingRequests extends Repository<VettingRequest, Long> {

	Optional<VettingRequest> findById(long id);

	VettingRequest save(VettingRequest request);

	@Query("select v from VettingRequest v where v.scopePath like :path escape '!' "
			+ "order by v.requestedOn desc, v.id desc")
	Page<VettingRequest> list(String path, Pageable page);

	@Query("select v from VettingRequest v where v.scopePath like :path escape '!' and v.outcome = :outcome "
			+ "order by v.requestedOn desc, v.id desc")
	Page<VettingRequest> list(String path, VettingOutcome outcome, Pageable page);

	@Query("select v.outcome, count(v), sum(case when v.concerns > 0 then 1 else 0 end) from VettingRequest v "
			+ "where v.scopePath like :path escape '!' and v.requestedOn between :from and :to group by v.outcome")
	List<Object[]> countByOutcome(String path, LocalDate from, LocalDate to);
}
