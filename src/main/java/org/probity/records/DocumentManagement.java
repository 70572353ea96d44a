package org.probity.records;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.probity.shared.Actors;
import org.probity.shared.AuditedChange;
import org.probity.shared.InvalidField;
import org.probity.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attaches documents to records and hands them back to readers allowed to see the record's unit. The owning module
 * checks its record is visible before attaching and passes its unit path along.
 */
@Service
@Transactional
public class DocumentManagement {

	private final Documents documents;

	private final DocumentStore store;

	private final RecordSettings settings;

	private final ApplicationEventPublisher events;

	DocumentManagement(Documents documents, DocumentStore store, RecordSettings settings,
			ApplicationEventPublisher events) {
		this.documents = documents;
		this.store = store;
		this.settings = settings;
		this.events = events;
	}

	public DocumentView attach(Attachment to, String fileName, InputStream content, DocumentFacts facts) {
		return link(to, fileName, store.put(content, settings.maxSize().toBytes()), facts);
	}

	/** Attaches stored content; its text is read in the background once this transaction has committed. */
	DocumentView link(Attachment to, String fileName, DocumentStore.Stored stored, DocumentFacts facts) {
		String mediaType = MediaTypes.detect(stored.head())
			.orElseThrow(() -> new InvalidField("file", "is not an accepted type: " + MediaTypes.ACCEPTED));
		String name = displayName(fileName);
		Document saved = documents.save(new Document(stored, mediaType, name, to, facts, Actors.username()));
		events.publishEvent(AuditedChange.of("ATTACH", to.ownerType(), to.ownerId(), name + " (" + mediaType + ")", null,
				stored.sha256()));
		events.publishEvent(new DocumentAttached(saved.view().id()));
		return saved.view();
	}

	/** The same content already attached to the same record, if it is. */
	@Transactional(readOnly = true)
	Optional<DocumentView> alreadyLinked(Attachment to, String sha256) {
		return documents.findFirstByOwnerTypeAndOwnerIdAndSha256(to.ownerType(), to.ownerId(), sha256)
			.map(Document::view);
	}

	/** How far reading the document's text has come, if the reader may see the document. */
	@Transactional(readOnly = true)
	public Optional<DocumentText> text(long id) {
		return documents.findById(id).map(Document::text);
	}

	/** The text read from the document, empty when none was (yet). */
	@Transactional(readOnly = true)
	public Optional<String> extractedText(long id) {
		return documents.findById(id).map(Document::extractedText);
	}

	@Transactional(readOnly = true)
	public List<DocumentView> of(String ownerType, String ownerId) {
		return documents.findByOwnerTypeAndOwnerIdOrderByUploadedAtDesc(ownerType, ownerId)
			.stream()
			.map(Document::view)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<DocumentView> find(long id) {
		return documents.findById(id).map(Document::view);
	}

	/** The content of a document the reader may see; the caller closes the stream. */
	@Transactional(readOnly = true)
	public Optional<InputStream> content(long id) {
		return documents.findById(id).map(document -> store.open(document.sha256()));
	}

	/** Only the last part of what the browser sent, without control characters: a label, never a path. */
	static String displayName(String fileName) {
		String name = fileName == null ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		return name.isEmpty() ? "document" : Texts.clip(name, 255);
	}
}
