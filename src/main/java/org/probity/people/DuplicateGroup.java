package org.probity.people;

import java.time.LocalDate;
import java.util.List;

/** People with the same name (with or without diacritics) and the same birth date: probably one person. */
public record DuplicateGroup(String nameFolded, LocalDate birthDate, List<PersonView> people) {
}
