package org.probity.integrity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;

/** A vetting request, filed under the requesting unit; the snapshot is JSON written once, when it is made. */
@Entity
@Table(name = "integrity_vetting")
@Filter(name = Jurisdiction.FILTER, condition = "scope_path like :scope escape '!'")
class VettingRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String personCode;

	private String personName;

	@Enumerated(EnumType.STRING)
	private VettingPurpose purpose;

	private String postName;

	private String requestedBy;

	private LocalDate requestedOn;

	private String scopePath;

	@Column(length = 200000)
	private String snapshot;

	private int concerns;

	@Enumerated(EnumType.STRING)
	private VettingOutcome outcome;

	private String reasons;

	private String decidedBy;

	private LocalDate decidedOn;

	private String createdBy;

	private Instant updatedAt;

	@Version
	private int version;

	protected VettingRequest() {
	}

	VettingRequest(NewVettingRequest request, String requestedBy, String scopePath, IntegrityProfile profile,
			String snapshot, String createdBy) {
		this.personCode = profile.person().code();
		this.personName = profile.person().fullName();
		this.purpose = request.purpose();
		this.postName = request.purpose() == VettingPurpose.POST ? request.postName().strip() : null;
		this.requestedBy = requestedBy;
		this.requestedOn = profile.asOf();
		this.scopePath = scopePath;
		this.snapshot = snapshot;
		this.concerns = profile.concerns();
		this.createdBy = createdBy;
		this.updatedAt = Instant.now();
	}

	void decide(VettingOutcome outcome, String reasons, String by, LocalDate on) {
		if (this.outcome != null) {
			throw InvalidField.conflict("outcome", "this request was already decided: " + this.outcome);
		}
		this.outcome = outcome;
		this.reasons = reasons;
		this.decidedBy = by;
		this.decidedOn = on;
		this.updatedAt = Instant.now();
	}

	Long id() {
		return id;
	}

	VettingView view(Function<String, IntegrityProfile> read) {
		return new VettingView(id, personCode, personName, purpose, postName, requestedBy, requestedOn, concerns,
				outcome, reasons, decidedBy, decidedOn, read == null ? null : read.apply(snapshot));
	}
}
