package org.probity.integrity;

import java.time.LocalDate;

/** A request to vet a person; {@code requestedBy} defaults to the reader's unit, {@code requestedOn} to today. */
public record NewVettingRequest(String personCode, VettingPurpose purpose, String postName, String requestedBy,
		LocalDate requestedOn) {
}
