package org.probity.units;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "unit_successions")
class UnitSuccession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String predecessorCode;

	private String successorCode;

	@Enumerated(EnumType.STRING)
	private SuccessionKind kind;

	private LocalDate effectiveOn;

	protected UnitSuccession() {
	}

	UnitSuccession(String predecessorCode, String successorCode, SuccessionKind kind, LocalDate effectiveOn) {
		this.predecessorCode = predecessorCode;
		this.successorCode = successorCode;
		this.kind = kind;
		this.effectiveOn = effectiveOn;
	}

	String predecessorCode() {
		return predecessorCode;
	}

	String successorCode() {
		return successorCode;
	}

	SuccessionKind kind() {
		return kind;
	}

	LocalDate effectiveOn() {
		return effectiveOn;
	}
}
