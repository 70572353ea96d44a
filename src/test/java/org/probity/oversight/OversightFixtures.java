package org.probity.oversight;

import org.probity.Province;

/** Oversight CSV files over a test {@link Province}, with intention-revealing names. */
final class OversightFixtures {

	static final String HEADER = "ref,activity,body,conducted_by,programme,target_kind,target_code,started_on,concluded_on,outcome\n";

	private OversightFixtures() {
	}

	/** A thematic inspection by commune A's commission of its cell and its secretary, still open. */
	static String openInspectionOfCellA(Province p) {
		return HEADER + """
				%1$s-K1,INSPECTION,INSPECTION_COMMISSION,%2$s,THEMATIC,UNIT,%3$s,2025-03-02,,
				%1$s-K1,INSPECTION,INSPECTION_COMMISSION,%2$s,THEMATIC,PERSON,%4$s,2025-03-02,,
				""".formatted(p.code(), p.communeA(), p.cellA(), p.personA());
	}

	/** A concluded supervision by commune B's committee of its own official. */
	static String concludedSupervisionInB(Province p) {
		return HEADER + """
				%1$s-G1,SUPERVISION,COMMITTEE,%2$s,REGULAR,PERSON,%3$s,2025-02-01,2025-04-30,SHORTCOMINGS
				""".formatted(p.code(), p.communeB(), p.personB());
	}

	/**
	 * Activities around 2025 for the figures: by the province's committee, commune A's commission (the cell twice)
	 * and commune B's committee, one started the day before the window and one on its last day.
	 */
	static String figuresYear(Province p) {
		return HEADER + """
				%1$s-F1,INSPECTION,COMMITTEE,%1$s,REGULAR,UNIT,%2$s,2025-03-01,,
				%1$s-F1,INSPECTION,COMMITTEE,%1$s,REGULAR,UNIT,%3$s,2025-03-01,,
				%1$s-F1,INSPECTION,COMMITTEE,%1$s,REGULAR,PERSON,%4$s,2025-03-01,,
				%1$s-F2,INSPECTION,INSPECTION_COMMISSION,%2$s,THEMATIC,UNIT,%6$s,2025-04-10,2025-05-20,VIOLATION
				%1$s-F2,INSPECTION,INSPECTION_COMMISSION,%2$s,THEMATIC,PERSON,%4$s,2025-04-10,2025-05-20,SHORTCOMINGS
				%1$s-F3,SUPERVISION,INSPECTION_COMMISSION,%2$s,PARTY_FINANCE,UNIT,%6$s,2025-06-01,,
				%1$s-F4,INSPECTION,COMMITTEE,%1$s,REGULAR,UNIT,%2$s,2024-12-31,2025-01-15,NO_VIOLATION
				%1$s-F5,SUPERVISION,COMMITTEE,%3$s,REGULAR,PERSON,%5$s,2025-12-31,,
				""".formatted(p.code(), p.communeA(), p.communeB(), p.personA(), p.personB(), p.cellA());
	}
}
