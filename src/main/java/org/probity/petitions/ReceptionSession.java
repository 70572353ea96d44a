package org.probity.petitions;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.probity.shared.Jurisdiction;

/** A citizen-reception session or dialogue held by a unit's leader. */
@Entity
@Table(name = "reception_sessions")
@Filter(name = Jurisdiction.FILTER, condition = Jurisdiction.SCOPED, deduceAliasInjectionPoints = false)
class ReceptionSession {

	enum Kind {
		REGULAR, AD_HOC
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String unitCode;

	private String scopePath;

	private LocalDate heldOn;

	private String host;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private boolean dialogue;

	private int citizens;

	private String summary;

	private String recordedBy;

	private Instant recordedAt;

	protected ReceptionSession() {
	}

	ReceptionSession(String unitCode, String scopePath, NewReceptionSession session, String recordedBy) {
		this.unitCode = unitCode;
		this.scopePath = scopePath;
		this.heldOn = session.heldOn();
		this.host = session.host().strip();
		this.kind = Boolean.TRUE.equals(session.adHoc()) ? Kind.AD_HOC : Kind.REGULAR;
		this.dialogue = Boolean.TRUE.equals(session.dialogue());
		this.citizens = session.citizens();
		this.summary = session.summary();
		this.recordedBy = recordedBy;
		this.recordedAt = Instant.now();
	}

	Long id() {
		return id;
	}

	ReceptionView view(java.util.List<String> petitionReferences) {
		return new ReceptionView(id, unitCode, heldOn, host, kind == Kind.AD_HOC, dialogue, citizens, summary,
				petitionReferences);
	}
}
