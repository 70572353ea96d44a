package org.probity.records;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface LegalHolds extends Repository<LegalHold, Long> {

	LegalHold save(LegalHold hold);

	Optional<LegalHold> findById(Long id);

	List<LegalHold> findAllByOrderByIdDesc();

	boolean existsByOwnerTypeAndOwnerIdAndReleasedAtIsNull(String ownerType, String ownerId);
}
