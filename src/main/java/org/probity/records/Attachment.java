package org.probity.records;

/** The record a document belongs to, and the unit path that decides who may read it. */
public record Attachment(String ownerType, String ownerId, String scopePath) {
}
