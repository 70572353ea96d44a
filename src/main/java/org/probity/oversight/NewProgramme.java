package org.probity.oversight;

import java.time.LocalDate;

/** A programme as the API and the form receive it; {@code ref} may be null (one is given). */
public record NewProgramme(String ref, String title, String unitCode, Body body, ProgrammeKind kind,
		LocalDate startsOn, LocalDate endsOn) {
}
