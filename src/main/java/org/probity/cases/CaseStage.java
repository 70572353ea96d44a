package org.probity.cases;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line of a case's history: the stage it entered and when. */
@Entity
@Table(name = "corruption_case_stages")
class CaseStage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "case_id")
	private CorruptionCase corruptionCase;

	@Enumerated(EnumType.STRING)
	private Stage stage;

	private LocalDate enteredOn;

	private String note;

	private String recordedBy;

	protected CaseStage() {
	}

	CaseStage(CorruptionCase corruptionCase, Stage stage, LocalDate enteredOn, String note, String recordedBy) {
		this.corruptionCase = corruptionCase;
		this.stage = stage;
		this.enteredOn = enteredOn;
		this.note = note;
		this.recordedBy = recordedBy;
	}

	Stage stage() {
		return stage;
	}

	CaseDetails.StageView view() {
		return new CaseDetails.StageView(stage, enteredOn, note, recordedBy);
	}
}
