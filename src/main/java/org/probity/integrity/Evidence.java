package org.probity.integrity;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One record behind a signal: its type and reference, a short label and its date. */
@Embeddable
class Evidence {

	@Column(name = "record_type")
	private String type;

	@Column(name = "record_ref")
	private String ref;

	private String label;

	private LocalDate dated;

	protected Evidence() {
	}

	Evidence(String type, String ref, String label, LocalDate dated) {
		this.type = type;
		this.ref = ref;
		this.label = label == null ? null : label.length() > 500 ? label.substring(0, 500) : label;
		this.dated = dated;
	}

	EvidenceView view() {
		return new EvidenceView(type, ref, label, dated, EvidenceView.linkOf(type, ref));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Evidence that && type.equals(that.type) && ref.equals(that.ref);
	}

	@Override
	public int hashCode() {
		return Objects.hash(type, ref);
	}
}
