package org.probity.records;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;

/** A document proposed for disposal by one user; disposed of only when a second one, a leader, approves. */
@Entity
@Table(name = "disposals")
@Filter(name = Jurisdiction.FILTER, condition = Jurisdiction.SCOPED, deduceAliasInjectionPoints = false)
class Disposal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long documentId;

	private String ownerType;

	private String ownerId;

	private String scopePath;

	private String fileName;

	private String sha256;

	private String status;

	private String requestedBy;

	private Instant requestedAt;

	private String approvedBy;

	private Instant approvedAt;

	protected Disposal() {
	}

	Disposal(Document document, String by, Instant at) {
		this.documentId = document.id();
		this.ownerType = document.ownerType();
		this.ownerId = document.ownerId();
		this.scopePath = document.scopePath();
		this.fileName = document.fileName();
		this.sha256 = document.sha256();
		this.status = "PENDING";
		this.requestedBy = by;
		this.requestedAt = at;
	}

	void approve(String by, Instant at) {
		if (!"PENDING".equals(status)) {
			throw InvalidField.conflict("id", "the disposal is already " + status.toLowerCase());
		}
		if (by.equals(requestedBy)) {
			throw InvalidField.conflict("id", "a second user must approve the disposal, not the one who proposed it");
		}
		status = "DISPOSED";
		approvedBy = by;
		approvedAt = at;
	}

	long documentId() {
		return documentId;
	}

	String ownerType() {
		return ownerType;
	}

	String ownerId() {
		return ownerId;
	}

	DisposalView view() {
		return new DisposalView(id, documentId, ownerType, ownerId, fileName, sha256, status, requestedBy, requestedAt,
				approvedBy, approvedAt);
	}
}
