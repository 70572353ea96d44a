package org.probity.petitions.repeats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Judges every pair of petitions in a labelled corpus (earlier line, later line) and measures the detector
 * against the labels: petitions with the same matter label are repeats of each other, all others are not.
 */
class RepeatCorpusTests {

	private static final RepeatDetector detector = new RepeatDetector();

	private static List<Petition> corpus;

	record Petition(String id, String matterLabel, Matter matter, Set<String> keys) {
	}

	@BeforeAll
	static void loadCorpus() throws IOException {
		try (InputStream in = RepeatCorpusTests.class.getResourceAsStream("/petitions/repeat-corpus.tsv")) {
			String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
			List<Petition> petitions = new ArrayList<>();
			for (int i = 1; i < lines.length; i++) {
				String[] columns = lines[i].split("\t", -1);
				Matter matter = Matter.of(columns[2], columns[3]);
				petitions.add(new Petition(columns[0], columns[1], matter, matter.candidateKeys()));
			}
			corpus = Collections.unmodifiableList(petitions);
		}
	}

	@Test
	void corpusIsLargeAndVaried() {
		assertThat(corpus).hasSizeGreaterThanOrEqualTo(220);
		assertThat(corpus.stream().map(Petition::matterLabel).distinct().count()).isGreaterThanOrEqualTo(40);
	}

	@Test
	void repeatsAreFoundPrecisely() {
		int truePositives = 0, falsePositives = 0, falseNegatives = 0, pairs = 0;
		List<String> mistakes = new ArrayList<>();
		long started = System.nanoTime();
		for (int later = 1; later < corpus.size(); later++) {
			for (int earlier = 0; earlier < later; earlier++) {
				Petition first = corpus.get(earlier), second = corpus.get(later);
				Verdict verdict = detector.judge(first.matter(), second.matter());
				boolean same = first.matterLabel().equals(second.matterLabel());
				pairs++;
				if (verdict.repeat() && same) {
					truePositives++;
				}
				else if (verdict.repeat() || same) {
					if (verdict.repeat()) {
						falsePositives++;
					}
					else {
						falseNegatives++;
					}
					mistakes.add(first.id() + " " + first.matterLabel() + " / " + second.id() + " " + second.matterLabel()
							+ String.format(" %.2f ", verdict.score()) + verdict.reasons());
				}
			}
		}
		double microsPerPair = (System.nanoTime() - started) / 1000.0 / pairs;
		double precision = (double) truePositives / (truePositives + falsePositives);
		double recall = (double) truePositives / (truePositives + falseNegatives);
		System.out.printf("Repeat corpus: %d petitions, %d pairs, %d repeats found, %d false, %d missed%n", corpus.size(),
				pairs, truePositives, falsePositives, falseNegatives);
		System.out.printf("Pairwise precision %.3f, recall %.3f; %.1f µs per pair judged%n", precision, recall, microsPerPair);
		mistakes.stream().limit(40).forEach(mistake -> System.out.println("  " + mistake));
		assertThat(precision).isGreaterThanOrEqualTo(0.95);
		assertThat(recall).isGreaterThanOrEqualTo(0.95);
	}

	/** The index look-up only finds a repeat when the repeat shares a key with at least one earlier petition. */
	@Test
	void repeatsShareACandidateKeyWithAnEarlierPetition() {
		int laterRepeats = 0, found = 0;
		long candidates = 0;
		for (int later = 1; later < corpus.size(); later++) {
			Petition second = corpus.get(later);
			boolean hasEarlier = false, shares = false;
			for (int earlier = 0; earlier < later; earlier++) {
				Petition first = corpus.get(earlier);
				boolean sharesKey = !Collections.disjoint(first.keys(), second.keys());
				candidates += sharesKey ? 1 : 0;
				if (first.matterLabel().equals(second.matterLabel())) {
					hasEarlier = true;
					shares |= sharesKey;
				}
			}
			laterRepeats += hasEarlier ? 1 : 0;
			found += shares ? 1 : 0;
			if (hasEarlier && !shares) {
				System.out.println("  no shared key: " + second.id() + " " + second.matterLabel());
			}
		}
		double candidateRecall = (double) found / laterRepeats;
		long pairs = (long) corpus.size() * (corpus.size() - 1) / 2;
		System.out.printf("Candidate recall %.3f (%d of %d repeats); %.1f%% of pairs are candidates%n", candidateRecall,
				found, laterRepeats, 100.0 * candidates / pairs);
		assertThat(corpus).allSatisfy(petition -> assertThat(petition.keys()).hasSizeLessThanOrEqualTo(40));
		assertThat(candidateRecall).isGreaterThanOrEqualTo(0.98);
	}
}
