package org.probity.backup;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import org.probity.ChildServer;

import tools.jackson.databind.json.JsonMapper;

/** Petitions as the intake API takes them, for tests that drive a child server. */
final class Intake {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private Intake() {
	}

	static String denunciation(String unit, int n) {
		return """
				{"kind":"DENUNCIATION","channel":"WEB","receivedOn":"%s","receivedBy":"%s","anonymous":false,
				 "petitioners":[{"name":"Người tố cáo %d","phone":"09%08d"}],"subjectName":"Cán bộ %d",
				 "subjectUnitCode":"%s","content":"Tố cáo số %d: cán bộ địa chính nhận tiền khi cấp giấy chứng nhận thửa đất %d."}
				""".formatted(LocalDate.now(), unit, n, n, n, unit, n, n);
	}

	/** Posts one petition; keeps its id and reference when the server acknowledged it with 201 and answers its id. */
	static Long register(ChildServer server, String unit, int n, Map<Long, String> acknowledged)
			throws IOException, InterruptedException {
		HttpResponse<String> response = server.post("/api/v1/petitions", denunciation(unit, n));
		if (response.statusCode() != 201) {
			return null;
		}
		var body = JSON.readTree(response.body());
		long id = body.get("id").asLong();
		acknowledged.put(id, body.get("reference").asString());
		return id;
	}
}
