package org.probity.bench;

import java.util.Arrays;

/** Latencies of one measured run in nanoseconds, read as percentiles in milliseconds. */
final class Latencies {

	private final long[] nanos;

	private int count;

	Latencies(int capacity) {
		this.nanos = new long[capacity];
	}

	synchronized void add(long elapsedNanos) {
		nanos[count++] = elapsedNanos;
	}

	synchronized int count() {
		return count;
	}

	/** The p-th percentile (nearest rank), in milliseconds. */
	synchronized double percentileMs(double p) {
		if (count == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(nanos, count);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * count) - 1;
		return sorted[Math.clamp(rank, 0, count - 1)] / 1e6;
	}

	synchronized double meanMs() {
		long sum = 0;
		for (int i = 0; i < count; i++) {
			sum += nanos[i];
		}
		return count == 0 ? Double.NaN : sum / 1e6 / count;
	}
}
