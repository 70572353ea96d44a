package org.probity.petitions;

/** One step of a petition's handling, as its timeline records it. */
record Move(String action, PetitionStatus from, PetitionStatus to, String note) {
}
