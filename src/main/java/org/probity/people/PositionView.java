package org.probity.people;

import java.time.LocalDate;

/** A post held from {@code startedOn}, until {@code endedOn} or still. */
public record PositionView(String title, String unitCode, LocalDate startedOn, LocalDate endedOn) {
}
