package org.probity.steering;

import java.util.List;
import java.util.Optional;

import org.probity.shared.InvalidField;
import org.springframework.data.repository.Repository;

/** Committees the current reader may see. */
interface Committees extends Repository<Committee, Long> {

	Optional<Committee> findById(Long id);

	Committee save(Committee committee);

	/** Gives members just added their ids. */
	void flush();

	List<Committee> findAllByOrderByScopePathAscNameAsc();

	default Committee require(Long id) {
		if (id == null) {
			throw new InvalidField("committeeId", "is required");
		}
		return findById(id).orElseThrow(() -> new UnknownSteeringRecord("steering committee", id));
	}
}
