package org.probity.petitions;

import java.util.List;

import org.springframework.data.repository.Repository;

interface PetitionEvents extends Repository<PetitionEvent, Long> {

	List<PetitionEvent> findByPetitionIdOrderByAtAscIdAsc(Long petitionId);

	PetitionEvent save(PetitionEvent event);
}
