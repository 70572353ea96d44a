package org.probity.bench;

import java.net.http.HttpResponse;
import java.util.List;

/**
 * Search latency for a fixed mix of queries over {@code GET /api/v1/search?q=}: officials' names with and without
 * diacritics, places, facts and phrases. Answers null when the server has no search endpoint yet (404).
 */
final class Searches {

	static final List<String> MIX = List.of("Nguyễn Văn Hùng", "nguyen van hung", "thửa đất", "Hạ Long",
			"bồi thường thu hồi đất", "Chủ tịch UBND xã", "trạm y tế", "lập khống chứng từ", "Trần Thị Lan",
			"kenh muong noi dong", "đấu thầu", "ô nhiễm nguồn nước");

	static Latencies run(Api api, int rounds) throws Exception {
		HttpResponse<String> probe = api.get("/api/v1/search?q=" + Api.query(MIX.get(0)));
		if (probe.statusCode() == 404) {
			return null;
		}
		if (probe.statusCode() != 200) {
			throw new IllegalStateException("GET /api/v1/search answered " + probe.statusCode() + ": " + probe.body());
		}
		for (String warm : MIX) {
			api.getOk("/api/v1/search?q=" + Api.query(warm));
		}
		Latencies latencies = new Latencies(rounds);
		for (int r = 0; r < rounds; r++) {
			String q = MIX.get(r % MIX.size());
			long start = System.nanoTime();
			api.getOk("/api/v1/search?q=" + Api.query(q));
			latencies.add(System.nanoTime() - start);
		}
		return latencies;
	}
}
