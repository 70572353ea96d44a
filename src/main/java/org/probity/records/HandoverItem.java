package org.probity.records;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.probity.shared.KeptRecord;

/** One record or document in a handover manifest, with the digest it had when handed over. */
@Entity
@Table(name = "handover_items")
class HandoverItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String recordType;

	private String recordId;

	private String digest;

	protected HandoverItem() {
	}

	HandoverItem(KeptRecord kept) {
		this.recordType = kept.type();
		this.recordId = kept.id();
		this.digest = kept.digest();
	}

	KeptRecord kept() {
		return new KeptRecord(recordType, recordId, digest);
	}
}
