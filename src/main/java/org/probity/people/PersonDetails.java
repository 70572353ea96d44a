package org.probity.people;

import java.util.List;

public record PersonDetails(PersonView person, List<PositionView> positions) {
}
