package org.probity.reports;

import java.util.List;

/** One chart of a dashboard: its key (the message {@code dashboard.chart.<key>} names it) and its bars in order. */
public record Chart(String key, List<Bar> bars) {

	/**
	 * What a bar drawn full length stands for: its own {@code outOf} for a share, else the chart's largest count (1
	 * when every count is zero).
	 */
	public long scaleOf(Bar bar) {
		if (bar.outOf() != null) {
			return Math.max(1, bar.outOf());
		}
		return Math.max(1, bars.stream().filter(each -> each.outOf() == null).mapToLong(Bar::value).max().orElse(1));
	}
}
