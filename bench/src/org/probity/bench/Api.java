package org.probity.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's public API as the load driver calls it: imports with HTTP Basic as the bootstrap admin (as an operator
 * would), everything measured with an API token, since a password check (Argon2) per request is not what a busy
 * client pays once it holds a token.
 */
final class Api {

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.executor(Executors.newVirtualThreadPerTaskExecutor())
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String base;

	private final String basic;

	private String bearer;

	Api(String base) {
		this.base = base;
		this.basic = "Basic " + Base64.getEncoder()
			.encodeToString(("admin:" + Server.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	/** Issues an API token for the admin; later calls carry it. */
	void signIn() throws IOException, InterruptedException {
		HttpRequest.Builder issue = HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
			.header("Authorization", basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\"}"));
		HttpResponse<String> answer = http.send(issue.build(), HttpResponse.BodyHandlers.ofString());
		for (int attempt = 1; attempt < 60 && answer.statusCode() == 401; attempt++) {
			// a build whose health says UP before the admin bootstrap has run: give the bootstrap time
			Thread.sleep(1_000);
			answer = http.send(issue.build(), HttpResponse.BodyHandlers.ofString());
		}
		if (answer.statusCode() != 201) {
			throw new IllegalStateException("POST /api/v1/tokens answered " + answer.statusCode() + ": " + answer.body());
		}
		bearer = "Bearer " + field(answer.body(), "token");
	}

	/** Posts one CSV file to the import path; answers the rows it imported. */
	long importFile(String dataset, Path file) throws IOException, InterruptedException {
		HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/imports/" + dataset))
			.header("Authorization", basic)
			.header("Content-Type", "text/csv")
			.timeout(Duration.ofHours(6))
			.POST(HttpRequest.BodyPublishers.ofFile(file)), 200);
		return Long.parseLong(field(answer.body(), "imported"));
	}

	HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", bearer)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", bearer).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** A GET that must answer 200. */
	String getOk(String path) throws IOException, InterruptedException {
		HttpResponse<String> answer = get(path);
		if (answer.statusCode() != 200) {
			throw new IllegalStateException("GET " + path + " answered " + answer.statusCode() + ": " + answer.body());
		}
		return answer.body();
	}

	private HttpResponse<String> send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
		HttpRequest built = request.build();
		HttpResponse<String> answer = http.send(built, HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != expected) {
			String body = answer.body();
			throw new IllegalStateException(built.method() + " " + built.uri().getPath() + " answered " + answer.statusCode()
					+ ": " + (body.length() > 2000 ? body.substring(0, 2000) + "…" : body));
		}
		return answer;
	}

	static String query(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/** A top-level string or number field of a JSON answer; the driver needs no more JSON than that. */
	static String field(String json, String name) {
		Matcher value = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[-0-9.]+|null)")
			.matcher(json);
		if (!value.find()) {
			throw new IllegalStateException("No field '" + name + "' in " + json);
		}
		return value.group(2) != null ? value.group(2) : value.group(1);
	}

	static String json(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return out.append('"').toString();
	}
}
