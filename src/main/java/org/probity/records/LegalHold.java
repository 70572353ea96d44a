package org.probity.records;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.probity.shared.Jurisdiction;

/** Keeps a record's documents from disposal, whatever their age, until released. */
@Entity
@Table(name = "legal_holds")
@Filter(name = Jurisdiction.FILTER, condition = Jurisdiction.SCOPED, deduceAliasInjectionPoints = false)
class LegalHold {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String ownerType;

	private String ownerId;

	private String scopePath;

	private String reason;

	private String placedBy;

	private Instant placedAt;

	private String releasedBy;

	private Instant releasedAt;

	protected LegalHold() {
	}

	LegalHold(Document document, String reason, String by, Instant at) {
		this.ownerType = document.ownerType();
		this.ownerId = document.ownerId();
		this.scopePath = document.scopePath();
		this.reason = reason;
		this.placedBy = by;
		this.placedAt = at;
	}

	void release(String by, Instant at) {
		if (releasedAt != null) {
			throw org.probity.shared.InvalidField.conflict("id", "the hold is already released");
		}
		releasedBy = by;
		releasedAt = at;
	}

	LegalHoldView view() {
		return new LegalHoldView(id, ownerType, ownerId, reason, placedBy, placedAt, releasedBy, releasedAt);
	}
}
