package org.probity.integrity;

import java.time.LocalDate;

/** A record behind a signal as pages and the API show it, with the address of its own page. */
public record EvidenceView(String type, String ref, String label, LocalDate dated, String link) {

	static String linkOf(String type, String ref) {
		return switch (type) {
			case "petition" -> "/petitions/" + ref;
			case "decision" -> "/discipline/" + ref;
			case "activity" -> "/oversight/" + ref;
			case "case" -> "/cases/" + ref;
			case "unit" -> "/units/" + ref;
			case "person" -> "/people/" + ref;
			case "vetting" -> "/vetting-requests/" + ref;
			case "direction" -> "/steering/directions/" + ref;
			case "task" -> "/steering/tasks/" + ref;
			default -> null;
		};
	}
}
