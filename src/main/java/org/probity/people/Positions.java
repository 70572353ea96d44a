package org.probity.people;

import java.util.List;

import org.springframework.data.repository.Repository;

interface Positions extends Repository<Position, Long> {

	List<Position> findByPersonIdOrderByStartedOnDesc(Long personId);
}
