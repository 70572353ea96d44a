package org.probity.cases;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Assets recovered for the state on one day, valued in VND. */
@Entity
@Table(name = "corruption_case_recoveries")
class Recovery {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "case_id")
	private CorruptionCase corruptionCase;

	private LocalDate recoveredOn;

	private BigDecimal amount;

	private String description;

	protected Recovery() {
	}

	Recovery(CorruptionCase corruptionCase, LocalDate recoveredOn, BigDecimal amount, String description) {
		this.corruptionCase = corruptionCase;
		this.recoveredOn = recoveredOn;
		this.amount = amount;
		this.description = description;
	}

	BigDecimal amount() {
		return amount;
	}

	CaseDetails.RecoveryView view() {
		return new CaseDetails.RecoveryView(id == null ? 0 : id, recoveredOn, amount, description);
	}
}
