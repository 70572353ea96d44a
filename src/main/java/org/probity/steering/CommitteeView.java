package org.probity.steering;

import java.util.List;

public record CommitteeView(long id, String unitCode, String name, List<MemberView> members) {
}
