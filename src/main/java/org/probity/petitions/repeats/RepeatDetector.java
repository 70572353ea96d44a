package org.probity.petitions.repeats;

import java.util.ArrayList;
import java.util.List;

/**
 * Judges whether a later petition repeats an earlier one (đơn trùng lặp). Three kinds of evidence are weighed:
 * the official named, the facts given and the wording. A conflict vetoes a repeat however alike the wording is,
 * because a petition copied from one template about another official, plot, sum or year is another matter; and
 * the same official with the same facts is a repeat even when another writer tells it in other words.
 */
public final class RepeatDetector {

	public static final double THRESHOLD = 0.5;

	private static final double TEXT = 0.45;

	private static final double OFFICIAL = 0.25;

	private static final double FACTS = 0.30;

	/** A conflict keeps a score, for the officer's curiosity, but well below the threshold. */
	private static final double CONFLICT_DISCOUNT = 0.4;

	/** Wording this close is a copy even when neither petition names anyone or gives any fact. */
	private static final double COPY = 0.12;

	public Verdict judge(Matter earlier, Matter later) {
		List<String> reasons = new ArrayList<>();
		OfficialAgreement official = OfficialAgreement.between(earlier, later);
		reasons.addAll(official.reasons());
		FactAgreement facts = FactAgreement.between(earlier.facts(), later.facts());
		reasons.addAll(facts.reasons());
		double text = earlier.text().similarity(later.text());
		reasons.add("text " + Math.round(text * 100) + "% similar");
		double weighed = weighed(text, official, facts);
		double score = Math.max(weighed, text - COPY);
		boolean conflict = official.conflict() || facts.conflict();
		if (conflict) {
			score *= CONFLICT_DISCOUNT;
		}
		score = Math.clamp(score, 0, 1);
		return new Verdict(score, !conflict && score >= THRESHOLD, reasons);
	}

	/** When either petition names nobody, wording and facts are all there is to go on, so they count for all. */
	private static double weighed(double text, OfficialAgreement official, FactAgreement facts) {
		double known = TEXT * text + FACTS * facts.weight();
		return official.known() ? known + OFFICIAL * official.weight() : known / (TEXT + FACTS);
	}
}
