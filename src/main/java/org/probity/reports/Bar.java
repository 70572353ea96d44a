package org.probity.reports;

/**
 * One bar of a dashboard chart: its key within the chart (a month such as {@code 2025-03}, a kind, a status, a
 * stage…), a label when it comes from the records rather than the messages (a target's title), its value, what the
 * value is out of when it is a share (a target's planned figure, else null), and the list of the records it counts.
 */
public record Bar(String key, String label, long value, Long outOf, String link) {

	static Bar of(String key, long value, String link) {
		return new Bar(key, null, value, null, link);
	}
}
