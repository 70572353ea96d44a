package org.probity.records;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Handover manifests the reader may see (the giver's or the receiver's readers): filtered by jurisdiction. */
interface Handovers extends Repository<HandoverManifest, Long> {

	HandoverManifest save(HandoverManifest manifest);

	Optional<HandoverManifest> findById(Long id);

	List<HandoverManifest> findAllByOrderByIdDesc();
}
