package org.probity.reports;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.probity.discipline.Form;
import org.probity.petitions.PetitionKind;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The list page behind each figure, filtered to exactly the records the figure counts: the same subtree, the same
 * window on the same date, the same body, kind, form or state.
 */
final class DrillDowns {

	private final String unit;

	private final LocalDate from;

	private final LocalDate to;

	private final Map<String, String> links = new LinkedHashMap<>();

	private DrillDowns(String unit, LocalDate from, LocalDate to) {
		this.unit = unit;
		this.from = from;
		this.to = to;
	}

	static Map<String, String> of(String unit, LocalDate from, LocalDate to, CaseFiguresSource cases) {
		DrillDowns drill = new DrillDowns(unit, from, to);
		for (String body : new String[] { "COMMITTEE", "INSPECTION_COMMISSION" }) {
			String section = body.equals("COMMITTEE") ? "inspection.committees." : "inspection.inspectionCommissions.";
			drill.put(section + "units", "/oversight", "body", body, "targetKind", "UNIT");
			drill.put(section + "persons", "/oversight", "body", body, "targetKind", "PERSON");
		}
		drill.put("discipline.units", "/discipline", "targetKind", "UNIT");
		drill.put("discipline.persons", "/discipline", "targetKind", "PERSON");
		for (Form form : Form.values()) {
			drill.put("discipline.byForm." + form.name(), "/discipline", "form", form.name());
		}
		drill.put("petitions.received", "/petitions");
		drill.put("petitions.matters", "/petitions", "matters", "true");
		drill.put("petitions.handled", "/petitions", "handled", "true");
		drill.put("petitions.overdue", "/petitions", "overdue", "true");
		for (PetitionKind kind : PetitionKind.values()) {
			drill.put("petitions.byKind." + kind.name(), "/petitions", "kind", kind.name());
		}
		drill.put("petitions.receptionSessions", "/petitions/reception");
		drill.put("petitions.dialogues", "/petitions/reception", "dialogue", "true");
		drill.put("petitions.citizensReceived", "/petitions/reception");
		for (String figure : new String[] { "cases.monitored", "cases.prosecuted", "cases.defendants" }) {
			String link = cases.link(figure, unit, from, to);
			if (link != null) {
				drill.links.put(figure, link);
			}
		}
		for (String[] list : SteeringCounts.LISTS) {
			drill.put(list[0], "/steering/figures/" + list[1]);
		}
		return Collections.unmodifiableMap(drill.links);
	}

	private void put(String figure, String path, String... filters) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path).queryParam("unit", unit);
		for (int i = 0; i < filters.length; i += 2) {
			uri.queryParam(filters[i], filters[i + 1]);
		}
		links.put(figure, uri.queryParam("from", from).queryParam("to", to).encode().build().toUriString());
	}
}
