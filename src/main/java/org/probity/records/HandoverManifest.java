package org.probity.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;
import org.probity.shared.KeptRecord;
import org.probity.units.UnitRef;

/**
 * What one unit handed to another when custody changed: every record and document with its digest, and an overall
 * digest of them all. The giver signs off first, then the receiver accepts or lists discrepancies. Readers of either
 * unit see it.
 */
@Entity
@Table(name = "handover_manifests")
@Filter(name = Jurisdiction.FILTER, condition = "(giver_path like :scope escape '!' or receiver_path like :scope escape '!')")
class HandoverManifest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String reason;

	private String giverCode;

	private String giverPath;

	private String receiverCode;

	private String receiverPath;

	private LocalDate effectiveOn;

	/** The LIKE patterns of what the giver filed and held, one a line: what a check gathers again. */
	private String scopePatterns;

	private Instant createdAt;

	private int recordCount;

	private String overallDigest;

	private String giverSignedBy;

	private Instant giverSignedAt;

	private String receiverSignedBy;

	private Instant receiverSignedAt;

	private String discrepancies;

	private Instant checkedAt;

	private Integer checkDifferences;

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "manifest_id", nullable = false)
	@OrderBy("recordType, recordId")
	private List<HandoverItem> items = new ArrayList<>();

	protected HandoverManifest() {
	}

	HandoverManifest(String reason, UnitRef giver, UnitRef receiver, LocalDate effectiveOn, List<String> patterns,
			List<KeptRecord> kept, Instant now) {
		this.scopePatterns = String.join("\n", patterns);
		this.reason = reason;
		this.giverCode = giver.code();
		this.giverPath = giver.path();
		this.receiverCode = receiver.code();
		this.receiverPath = receiver.path();
		this.effectiveOn = effectiveOn;
		this.createdAt = now;
		this.recordCount = kept.size();
		this.overallDigest = HandoverInventory.overallDigest(kept);
		kept.forEach(record -> items.add(new HandoverItem(record)));
	}

	void signOff(HandoverSide side, String username, String discrepancies, Instant now) {
		if (side == HandoverSide.GIVER) {
			if (giverSignedBy != null) {
				throw InvalidField.conflict("side", "the giver has already signed off");
			}
			giverSignedBy = username;
			giverSignedAt = now;
			return;
		}
		if (giverSignedBy == null) {
			throw InvalidField.conflict("side", "the giver signs off first");
		}
		if (receiverSignedBy != null) {
			throw InvalidField.conflict("side", "the receiver has already signed off");
		}
		if (username.equals(giverSignedBy)) {
			throw InvalidField.conflict("side", "the receiver must be someone other than the giver");
		}
		receiverSignedBy = username;
		receiverSignedAt = now;
		this.discrepancies = discrepancies;
	}

	void checked(int differences, Instant now) {
		checkDifferences = differences;
		checkedAt = now;
	}

	HandoverStatus status() {
		if (giverSignedBy == null) {
			return HandoverStatus.AWAITING_GIVER;
		}
		if (receiverSignedBy == null) {
			return HandoverStatus.AWAITING_RECEIVER;
		}
		return discrepancies == null ? HandoverStatus.ACCEPTED : HandoverStatus.DISPUTED;
	}

	String giverPath() {
		return giverPath;
	}

	String receiverPath() {
		return receiverPath;
	}

	List<String> scopePatterns() {
		return List.of(scopePatterns.split("\n"));
	}

	String giverCode() {
		return giverCode;
	}

	List<KeptRecord> items() {
		return items.stream().map(HandoverItem::kept).toList();
	}

	String overallDigest() {
		return overallDigest;
	}

	HandoverView view() {
		Map<String, Long> counts = new TreeMap<>();
		items.forEach(item -> counts.merge(item.kept().type(), 1L, Long::sum));
		return new HandoverView(id, reason, giverCode, giverPath, receiverCode, receiverPath, effectiveOn, createdAt,
				recordCount, counts, overallDigest, status(), giverSignedBy, giverSignedAt, receiverSignedBy,
				receiverSignedAt, discrepancies, checkedAt, checkDifferences);
	}
}
