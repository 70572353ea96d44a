package org.probity.petitions;

import java.time.LocalDate;
import java.util.List;

public record ReceptionView(long id, String unitCode, LocalDate heldOn, String host, boolean adHoc, boolean dialogue,
		int citizens, String summary, List<String> petitions) {
}
