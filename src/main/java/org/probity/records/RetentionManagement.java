package org.probity.records;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.probity.shared.Actors;
import org.probity.shared.AuditedChange;
import org.probity.shared.InvalidField;
import org.probity.shared.NotFound;
import org.probity.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention of documents by the type of record they belong to: which are past their period, disposal proposed by
 * one user and approved by a second, and legal holds that block both.
 */
@Service
@Transactional
public class RetentionManagement {

	private final Documents documents;

	private final Disposals disposals;

	private final LegalHolds holds;

	private final RecordSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RetentionManagement(Documents documents, Disposals disposals, LegalHolds holds, RecordSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.documents = documents;
		this.disposals = disposals;
		this.holds = holds;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public RetentionOverview overview() {
		return new RetentionOverview(due(), disposals.findAllByOrderByIdDesc().stream().map(Disposal::view).toList(),
				holds.findAllByOrderByIdDesc().stream().map(LegalHold::view).toList());
	}

	/** Documents within the reader's jurisdiction whose retention ran out before today. */
	@Transactional(readOnly = true)
	public List<DueDocument> due() {
		LocalDate today = LocalDate.now(clock);
		LocalDate cutoff = settings.retention().values().stream().map(today::minus)
			.max(java.util.Comparator.naturalOrder()).orElse(today);
		return documents.datedBefore(cutoff, cutoff.atStartOfDay(clock.getZone()).toInstant())
			.stream()
			.filter(document -> keptUntil(document).isBefore(today))
			.map(document -> new DueDocument(document.id(), document.ownerType(), document.ownerId(),
					document.fileName(), document.dated(clock.getZone()), keptUntil(document), held(document),
					disposals.existsByDocumentIdAndStatus(document.id(), "PENDING")))
			.toList();
	}

	public DisposalView propose(Long documentId) {
		Document document = document(documentId);
		if (!keptUntil(document).isBefore(LocalDate.now(clock))) {
			throw InvalidField.conflict("documentId", "is kept until " + keptUntil(document));
		}
		refuseIfHeld(document);
		if (disposals.existsByDocumentIdAndStatus(document.id(), "PENDING")) {
			throw InvalidField.conflict("documentId", "is already proposed for disposal");
		}
		Disposal disposal = disposals.save(new Disposal(document, Actors.username(), Instant.now(clock)));
		events.publishEvent(AuditedChange.of("PROPOSE_DISPOSAL", "document", String.valueOf(document.id()),
				document.fileName(), document.sha256(), null));
		return disposal.view();
	}

	/** A second user approves; the document goes (its content stays in the store while another document shares it). */
	public DisposalView approve(long disposalId) {
		Disposal disposal = disposals.findById(disposalId)
			.orElseThrow(() -> new NotFound("No disposal " + disposalId + " in your jurisdiction"));
		Document document = document(disposal.documentId());
		refuseIfHeld(document);
		disposal.approve(Actors.username(), Instant.now(clock));
		documents.delete(document);
		events.publishEvent(AuditedChange.of("DISPOSE", "document", String.valueOf(document.id()),
				document.fileName() + " of " + document.ownerType() + " " + document.ownerId(), document.sha256(), null));
		return disposal.view();
	}

	/** Holds every document of the record a document belongs to. */
	public LegalHoldView hold(Long documentId, String reason) {
		Document document = document(documentId);
		String why = Texts.blankToNull(reason);
		if (why == null || why.length() > 1000) {
			throw new InvalidField("reason", "is required, at most 1000 characters");
		}
		LegalHold hold = holds.save(new LegalHold(document, why, Actors.username(), Instant.now(clock)));
		events.publishEvent(AuditedChange.of("LEGAL_HOLD", document.ownerType(), document.ownerId(), why, null, null));
		return hold.view();
	}

	public LegalHoldView release(long holdId) {
		LegalHold hold = holds.findById(holdId).orElseThrow(() -> new NotFound("No legal hold " + holdId));
		hold.release(Actors.username(), Instant.now(clock));
		LegalHoldView view = hold.view();
		events.publishEvent(AuditedChange.of("RELEASE_HOLD", view.ownerType(), view.ownerId(), view.reason(), null, null));
		return view;
	}

	private Document document(Long id) {
		if (id == null) {
			throw new InvalidField("documentId", "is required");
		}
		return documents.findById(id).orElseThrow(() -> new NotFound("No document " + id + " in your jurisdiction"));
	}

	private void refuseIfHeld(Document document) {
		if (held(document)) {
			throw InvalidField.conflict("documentId", "its record is under a legal hold");
		}
	}

	private boolean held(Document document) {
		return holds.existsByOwnerTypeAndOwnerIdAndReleasedAtIsNull(document.ownerType(), document.ownerId());
	}

	private LocalDate keptUntil(Document document) {
		return document.dated(clock.getZone()).plus(settings.retentionOf(document.ownerType()));
	}
}
