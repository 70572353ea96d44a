package org.probity.steering;

import java.util.List;

public record NewCommittee(String unitCode, String name, List<NewMember> members) {
}
