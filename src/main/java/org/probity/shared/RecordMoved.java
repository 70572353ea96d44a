package org.probity.shared;

/**
 * A record changed hands to a unit with another path (a petition transferred, say); what hangs off it, such as
 * attached documents, follows it there.
 */
public record RecordMoved(String ownerType, String ownerId, String newScopePath) {
}
