package org.probity.petitions;

import java.util.Optional;

import org.probity.records.Attachment;
import org.probity.records.AttachmentOwners;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Petitions named in a bulk upload's manifest by their reference, or by their number; only the reader's own. */
@Component
class PetitionAttachmentOwners implements AttachmentOwners {

	private final Petitions petitions;

	PetitionAttachmentOwners(Petitions petitions) {
		this.petitions = petitions;
	}

	@Override
	public String ownerType() {
		return "petition";
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Attachment> find(String reference) {
		Optional<Petition> petition = petitions.findByReference(reference);
		if (petition.isEmpty() && reference.matches("[0-9]{1,18}")) {
			petition = petitions.findById(Long.valueOf(reference));
		}
		return petition.map(p -> new Attachment("petition", String.valueOf(p.id()), p.scopePath()));
	}
}
