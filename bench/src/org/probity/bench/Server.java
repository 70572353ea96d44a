package org.probity.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built jar as a child process on a free loopback port, with a GC log: start-up is timed from process start to
 * {@code /actuator/health} answering UP; peak heap comes from the GC log, resident memory from {@code VmHWM}.
 */
final class Server implements AutoCloseable {

	static final String ADMIN_PASSWORD = "bench-admin-password";

	private static final Pattern HEAP_BEFORE_GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

	private final Path jar;

	private final Path dataDir;

	private final Database database;

	private final String heap;

	private final List<String> jvmOptions;

	private Process process;

	private int port;

	private Path gcLog;

	private int starts;

	/** @param jvmOptions more options for the server's JVM, such as a flight recording to profile it */
	Server(Path jar, Path dataDir, Database database, String heap, List<String> jvmOptions) {
		this.jvmOptions = jvmOptions;
		this.jar = jar;
		this.dataDir = dataDir;
		this.database = database;
		this.heap = heap;
	}

	/** Starts the server and waits for health; answers the start-up time in milliseconds. */
	long start() throws IOException, InterruptedException {
		port = freePort();
		starts++;
		gcLog = dataDir.resolve("gc-" + starts + ".log");
		Files.createDirectories(dataDir);
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx" + heap, "-Xlog:gc:file=" + gcLog, "-XX:+UseG1GC"));
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar.toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("server.log").toFile()));
		Map<String, String> env = builder.environment();
		env.put("SERVER_PORT", String.valueOf(port));
		env.put("PROBITY_DATA_DIR", dataDir.toString());
		env.put("PROBITY_ADMIN_PASSWORD", ADMIN_PASSWORD);
		env.putAll(database.serverEnvironment());
		long began = System.nanoTime();
		process = builder.start();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest.newBuilder(URI.create(base() + "/actuator/health")).build();
		long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The server stopped while starting; see " + dataDir.resolve("server.log"));
			}
			try {
				HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
					return (System.nanoTime() - began) / 1_000_000;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("The server did not become healthy in 10 minutes");
	}

	String base() {
		return "http://127.0.0.1:" + port;
	}

	long pid() {
		return process.pid();
	}

	/** Peak resident memory so far, in MB, from the kernel's high-water mark. */
	long residentPeakMb() throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
			if (line.startsWith("VmHWM:")) {
				return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
			}
		}
		return -1;
	}

	/**
	 * CPU time the server has used so far (user and system), in milliseconds: on a shared machine this says what a
	 * request costs where wall-clock times only say how busy the neighbours were.
	 */
	long cpuMillis() throws IOException {
		String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
	}

	/** The most heap in use at any collection (the size before it) since the last start, in MB. */
	long heapPeakMb() throws IOException {
		long peak = 0;
		for (String line : Files.readAllLines(gcLog)) {
			Matcher sizes = HEAP_BEFORE_GC.matcher(line);
			if (sizes.find()) {
				peak = Math.max(peak, Long.parseLong(sizes.group(1)));
			}
		}
		return peak;
	}

	/** The largest the heap was sized to since the last start, in MB. */
	long heapCommittedMb() throws IOException {
		long most = 0;
		for (String line : Files.readAllLines(gcLog)) {
			Matcher sizes = HEAP_BEFORE_GC.matcher(line);
			if (sizes.find()) {
				most = Math.max(most, Long.parseLong(sizes.group(3)));
			}
		}
		return most;
	}

	void stop() throws InterruptedException {
		if (process != null && process.isAlive()) {
			process.destroy();
			if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
	}

	@Override
	public void close() throws InterruptedException {
		stop();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
