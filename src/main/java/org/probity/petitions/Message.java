package org.probity.petitions;

import java.time.Instant;

/** One message; {@code author} is the handler's user name, shown to staff only. */
public record Message(Instant at, boolean fromCitizen, String author, String body) {
}
