package org.probity.people;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "positions")
class Position {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long personId;

	private String unitCode;

	private String title;

	private LocalDate startedOn;

	private LocalDate endedOn;

	protected Position() {
	}

	PositionView view() {
		return new PositionView(title, unitCode, startedOn, endedOn);
	}
}
