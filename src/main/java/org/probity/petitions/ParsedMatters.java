package org.probity.petitions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.probity.petitions.repeats.Matter;

/**
 * Earlier petitions' matters, kept parsed for the repeat check: the same earlier petitions come up as candidates
 * again and again, and reading a matter from its text costs far more than judging it. Entries are checked against
 * the text read with the candidate, so a corrected petition is parsed anew; the least recently used go first.
 */
final class ParsedMatters {

	static final int KEPT = 8_192;

	private record Parsed(String subjectName, String content, Matter matter) {
	}

	private final Map<Long, Parsed> recent = new LinkedHashMap<>(KEPT, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, Parsed> eldest) {
			return size() > KEPT;
		}
	};

	Matter of(long petitionId, String subjectName, String content) {
		synchronized (recent) {
			Parsed known = recent.get(petitionId);
			if (known != null && Objects.equals(known.subjectName(), subjectName) && known.content().equals(content)) {
				return known.matter();
			}
		}
		Matter matter = Matter.of(subjectName, content);
		remember(petitionId, subjectName, content, matter);
		return matter;
	}

	void remember(long petitionId, String subjectName, String content, Matter matter) {
		synchronized (recent) {
			recent.put(petitionId, new Parsed(subjectName, content, matter));
		}
	}
}
