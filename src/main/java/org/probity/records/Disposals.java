package org.probity.records;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface Disposals extends Repository<Disposal, Long> {

	Disposal save(Disposal disposal);

	Optional<Disposal> findById(Long id);

	List<Disposal> findAllByOrderByIdDesc();

	boolean existsByDocumentIdAndStatus(long documentId, String status);
}
