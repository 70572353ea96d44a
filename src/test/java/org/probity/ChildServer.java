package org.probity;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;

/**
 * The real server in a JVM of its own, on a data directory (and, on the PostgreSQL run, a schema) of its own: for
 * tests that kill it, restart it or run its one-shot commands. Its output goes to {@code target/child-servers/}.
 */
public final class ChildServer implements AutoCloseable {

	public static final String ADMIN_PASSWORD = "child-admin-password";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Process process;

	private final int port;

	private ChildServer(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/** Starts a server and waits until it reports healthy. */
	public static ChildServer start(Path dataDir, String schema, String name) throws Exception {
		int port = freePort();
		Process process = launch(dataDir, schema, name, port, List.of());
		ChildServer server = new ChildServer(process, port);
		server.awaitHealthy();
		return server;
	}

	/** Runs a one-shot command ({@code --restore=…}) to its end and answers its exit code. */
	public static int run(Path dataDir, String schema, String name, String... args) throws Exception {
		Process process = launch(dataDir, schema, name, freePort(), List.of(args));
		return process.waitFor(5, java.util.concurrent.TimeUnit.MINUTES) ? process.exitValue() : -1;
	}

	/** The PostgreSQL schema a child should use on the PostgreSQL run, or null on H2 (its data directory has it). */
	public static String schema(String purpose) {
		return TestDatabases.postgres() ? TestDatabases.SCHEMA + "_" + purpose : null;
	}

	private static Process launch(Path dataDir, String schema, String name, int port, List<String> args) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-cp", classpath(), "org.probity.Probity"));
		command.addAll(args);
		Path log = Files.createDirectories(Path.of("target", "child-servers")).resolve(name + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		Map<String, String> env = builder.environment();
		env.put("PROBITY_DATA_DIR", dataDir.toString());
		env.put("SERVER_PORT", Integer.toString(port));
		env.put("PROBITY_ADMIN_PASSWORD", ADMIN_PASSWORD);
		env.remove("PROBITY_DEMO");
		if (schema != null) {
			env.put("SPRING_DATASOURCE_URL", "jdbc:postgresql://" + env.getOrDefault("PROBITY_TEST_PG_HOST", "127.0.0.1") + ":"
					+ env.getOrDefault("PROBITY_TEST_PG_PORT", "5432") + "/" + env.getOrDefault("PROBITY_TEST_PG_DB", "test")
					+ "?currentSchema=" + schema);
			env.put("SPRING_DATASOURCE_USERNAME", env.getOrDefault("PROBITY_TEST_PG_USER", "postgres"));
			env.put("SPRING_DATASOURCE_PASSWORD", env.getOrDefault("PROBITY_TEST_PG_PASSWORD", ""));
			env.put("SPRING_FLYWAY_SCHEMAS", schema);
			env.put("SPRING_FLYWAY_CREATE_SCHEMAS", "true");
		}
		return builder.start();
	}

	/** The test JVM's classpath without the test classes: surefire hands it over in a manifest-only jar. */
	static String classpath() throws IOException {
		List<String> entries = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
			if (entry.endsWith(".jar") && entry.contains("surefire")) {
				try (JarFile jar = new JarFile(entry)) {
					String manifest = jar.getManifest().getMainAttributes().getValue("Class-Path");
					for (String url : manifest == null ? new String[0] : manifest.split(" ")) {
						if (!url.isBlank()) {
							entries.add(Path.of(URI.create(new URL(Path.of(entry).toUri().toURL(), url).toString())).toString());
						}
					}
				}
			}
			else {
				entries.add(entry);
			}
		}
		entries.removeIf(path -> path.contains("test-classes") || path.contains("surefire"));
		return String.join(java.io.File.pathSeparator, entries);
	}

	private void awaitHealthy() throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The child server exited with " + process.exitValue() + " (see target/child-servers)");
			}
			try {
				// healthy, and the administrator made at start-up can sign in (start-up steps run after the port opens)
				if (get("/actuator/health").statusCode() == 200 && get("/api/v1/units").statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("The child server did not become healthy in 3 minutes");
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
		return HTTP.send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> postCsv(String path, String csv) throws IOException, InterruptedException {
		return HTTP.send(request(path).header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A multipart upload of one file in the part {@code file}. */
	public HttpResponse<String> postFile(String path, String fileName, String mediaType, byte[] content)
			throws IOException, InterruptedException {
		String boundary = "----probity" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + mediaType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		return HTTP.send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail))).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
		return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** Drops a child's PostgreSQL schema (nothing to do on H2, whose data directory the test removes). */
	public static void dropSchema(String schema) throws java.sql.SQLException {
		if (schema == null) {
			return;
		}
		try (var connection = java.sql.DriverManager.getConnection(TestDatabases.url(), TestDatabases.user(),
				TestDatabases.password())) {
			connection.createStatement().execute("drop schema if exists " + schema + " cascade");
		}
	}

	private HttpRequest.Builder request(String path) {
		String basic = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
			.header("Authorization", "Basic " + basic);
	}

	/** SIGKILL: no shutdown hook, no graceful close — as a power cut would leave it. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			process.destroy();
			if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
