package org.probity.records;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.probity.shared.Jurisdiction;
import org.probity.shared.Texts;
import org.probity.shared.search.HasSearchCard;
import org.probity.shared.search.SearchCard;
import org.probity.shared.search.Searchable;

/** A document attached to a record; readable by whoever may read the record's unit. */
@Entity
@Table(name = "documents")
@Filter(name = Jurisdiction.FILTER, condition = Jurisdiction.SCOPED, deduceAliasInjectionPoints = false)
@Searchable(type = "documents", from = { "fileName", "docNumber", "issuingBody", "docKind", "scopePath", "issuedOn",
		"ownerType", "ownerId", "extractedText" })
class Document implements HasSearchCard {

	/** The column's size; longer texts are cut (a million characters is some 300 pages). */
	static final int MAX_TEXT = 1_000_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String sha256;

	private long sizeBytes;

	private String mediaType;

	private String fileName;

	private String ownerType;

	private String ownerId;

	private String scopePath;

	private String docNumber;

	private String issuingBody;

	private java.time.LocalDate issuedOn;

	private String docKind;

	private boolean confidential;

	private String uploadedBy;

	private Instant uploadedAt;

	@Enumerated(EnumType.STRING)
	private TextState textState = TextState.PENDING;

	private String textReason;

	private String extractedText;

	private BigDecimal ocrConfidence;

	private int pagesDone;

	private int pagesTotal;

	protected Document() {
	}

	Document(DocumentStore.Stored stored, String mediaType, String fileName, Attachment to, DocumentFacts facts,
			String uploadedBy) {
		this.sha256 = stored.sha256();
		this.sizeBytes = stored.size();
		this.mediaType = mediaType;
		this.fileName = fileName;
		this.ownerType = to.ownerType();
		this.ownerId = to.ownerId();
		this.scopePath = to.scopePath();
		this.docNumber = facts.number();
		this.issuingBody = facts.issuingBody();
		this.issuedOn = facts.issuedOn();
		this.docKind = facts.kind();
		this.confidential = facts.confidential();
		this.uploadedBy = uploadedBy;
		this.uploadedAt = Instant.now();
	}

	String sha256() {
		return sha256;
	}

	String mediaType() {
		return mediaType;
	}

	/** The text read and how; the search card carries it from now on. */
	void textRead(TextState state, String text, BigDecimal confidence, String reason) {
		this.textState = state;
		this.extractedText = text == null || text.isBlank() ? null : Texts.clip(text, MAX_TEXT);
		this.ocrConfidence = confidence;
		this.textReason = reason == null ? null : Texts.clip(reason, 500);
	}

	DocumentText text() {
		return new DocumentText(textState, textReason, ocrConfidence, pagesDone, pagesTotal);
	}

	String extractedText() {
		return extractedText;
	}

	long id() {
		return id;
	}

	String ownerType() {
		return ownerType;
	}

	String ownerId() {
		return ownerId;
	}

	String scopePath() {
		return scopePath;
	}

	String fileName() {
		return fileName;
	}

	/** The day retention counts from: the paper's own date, or the day it was uploaded. */
	java.time.LocalDate dated(java.time.ZoneId zone) {
		return issuedOn != null ? issuedOn : java.time.LocalDate.ofInstant(uploadedAt, zone);
	}

	DocumentView view() {
		return new DocumentView(id, fileName, mediaType, sizeBytes, sha256,
				new DocumentFacts(docNumber, issuingBody, issuedOn, docKind, confidential), uploadedBy, uploadedAt, text());
	}

	@Override
	public SearchCard searchCard() {
		return SearchCard.of(id, SearchCard.join(" · ", docNumber, fileName), scopePath)
			.text(issuingBody, docKind, extractedText)
			.dated(issuedOn)
			.ownedBy(ownerType, ownerId);
	}
}
