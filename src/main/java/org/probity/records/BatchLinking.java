package org.probity.records;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.probity.shared.InvalidField;
import org.springframework.stereotype.Component;

/**
 * Links one manifest row's file to its record, in a transaction of its own: the same content already on the same
 * record is reported, not added again; any refusal leaves nothing behind but the row's reason.
 */
@Component
class BatchLinking {

	private final Map<String, AttachmentOwners> owners;

	private final DocumentManagement documents;

	private final DocumentStore store;

	private final RecordSettings settings;

	BatchLinking(List<AttachmentOwners> owners, DocumentManagement documents, DocumentStore store,
			RecordSettings settings) {
		this.owners = owners.stream().collect(Collectors.toMap(AttachmentOwners::ownerType, Function.identity()));
		this.documents = documents;
		this.store = store;
		this.settings = settings;
	}

	DocumentBatch.Row link(BatchManifest.Row row, ZipScans zip) {
		if (row.problem() != null) {
			return failed(row, row.problem());
		}
		if (!ZipScans.safe(row.file())) {
			return failed(row, "file '" + row.file() + "' points outside the archive");
		}
		if (!zip.has(row.file()) || row.file().equals(BatchManifest.NAME)) {
			return failed(row, "no file '" + row.file() + "' in the ZIP");
		}
		AttachmentOwners kind = owners.get(row.ownerType());
		if (kind == null) {
			return failed(row, "owner_type '" + row.ownerType() + "' is not one of " + owners.keySet());
		}
		Attachment to = kind.find(row.ownerRef()).orElse(null);
		if (to == null) {
			return failed(row, "no " + row.ownerType() + " '" + row.ownerRef() + "' in your jurisdiction");
		}
		DocumentStore.Stored stored;
		try (InputStream content = zip.open(row.file())) {
			stored = store.put(content, settings.maxSize().toBytes());
		}
		catch (IOException ex) {
			return failed(row, "the file cannot be read from the ZIP: " + ex.getMessage());
		}
		catch (InvalidField refused) {
			return failed(row, "the file " + refused.getMessage());
		}
		var already = documents.alreadyLinked(to, stored.sha256());
		if (already.isPresent()) {
			return new DocumentBatch.Row(row.number(), row.file(), DocumentBatch.Outcome.ALREADY,
					"already linked to " + row.ownerType() + " " + row.ownerRef(), already.get().id());
		}
		try {
			DocumentView linked = documents.link(to, row.file(), stored, row.facts());
			return new DocumentBatch.Row(row.number(), row.file(), DocumentBatch.Outcome.LINKED, null, linked.id());
		}
		catch (InvalidField refused) {
			return failed(row, "the file " + refused.getMessage());
		}
	}

	private static DocumentBatch.Row failed(BatchManifest.Row row, String why) {
		return new DocumentBatch.Row(row.number(), row.file(), DocumentBatch.Outcome.FAILED, why, null);
	}
}
