package org.probity.records;

import java.util.Optional;

/**
 * A module whose records take documents tells the bulk upload how to find one by the reference written in a
 * manifest. Lookups run as the uploader, so a record outside their jurisdiction is not found.
 */
public interface AttachmentOwners {

	/** The owner type documents of these records carry, such as {@code petition}. */
	String ownerType();

	/** The record a manifest names (by its reference, or its number), if the reader may attach to it. */
	Optional<Attachment> find(String reference);
}
