package org.probity.security;

import java.util.Map;

import org.probity.Province;

/** A valid CSV row of each dataset in DESIGN.md over a test {@link Province}, with a fresh key. */
final class GoodRows {

	private GoodRows() {
	}

	static boolean known(String dataset) {
		return !of(dataset, Province.fresh(), "1").isEmpty();
	}

	static Map<String, String> of(String dataset, Province p, String fresh) {
		return switch (dataset) {
			case "units" -> Map.of("code", p.code() + "-Z" + fresh, "name", "Xã Mới", "kind", "COMMUNE", "parent_code",
					p.code(), "valid_from", "2025-07-01", "valid_to", "");
			case "people" -> Map.of("code", p.code() + "-PZ" + fresh, "full_name", "Nguyễn Văn Tám", "birth_date",
					"1980-01-01", "unit_code", p.communeA(), "position", "Chủ tịch", "party_member", "true");
			case "petitions" -> Map.of("ref", "CSV-" + fresh, "kind", "COMPLAINT", "channel", "MAIL", "received_on",
					"2024-05-02", "received_by", p.communeA(), "anonymous", "false", "petitioners", "Trần Văn Chín",
					"subject_name", "", "subject_unit_code", "", "content", "Khiếu nại về đất");
			case "discipline" -> Map.of("ref", p.code() + "-DZ" + fresh, "target_kind", "PERSON", "target_code",
					p.personA(), "form", "WARNING", "decided_by", p.communeA(), "decided_on", "2025-02-01", "reason",
					"Vi phạm quy chế");
			case "oversight" -> Map.ofEntries(Map.entry("ref", p.code() + "-KZ" + fresh), Map.entry("activity", "INSPECTION"),
					Map.entry("body", "INSPECTION_COMMISSION"), Map.entry("conducted_by", p.communeA()),
					Map.entry("programme", "THEMATIC"), Map.entry("target_kind", "UNIT"), Map.entry("target_code", p.cellA()),
					Map.entry("started_on", "2025-03-02"), Map.entry("concluded_on", ""), Map.entry("outcome", ""));
			default -> Map.of();
		};
	}
}
