package org.probity.steering;

import java.util.List;

/** A committee's programme for a year, made of groups of key tasks, in order. */
public record NewProgramme(Long committeeId, Integer year, String title, List<String> groups) {
}
