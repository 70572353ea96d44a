package org.probity.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The benchmark of issue 9: generates a deterministic data set, loads it through the server's import path, measures
 * each figure over HTTP beside its raw baseline over JDBC, prints {@code BENCH} lines and writes RESULTS.md.
 * Run it through {@code bench/run.sh --scale smoke|province|nation [--db h2|postgres]}.
 */
public final class Main {

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		Scale scale = Scale.named(options.getOrDefault("scale", "smoke"));
		String db = options.getOrDefault("db", "h2");
		Path jar = Path.of(options.getOrDefault("jar", "target/probity.jar")).toAbsolutePath();
		Path work = Path.of(options.getOrDefault("work", "bench/target")).toAbsolutePath();
		Path results = Path.of(options.getOrDefault("results", "bench/RESULTS.md")).toAbsolutePath();
		int chunkRows = Integer.parseInt(options.getOrDefault("chunk-rows", "200000"));
		String heap = options.getOrDefault("heap", "1g");

		Environment environment = Environment.describe(scale, db, heap);
		Path csv = work.resolve("csv-" + scale.name());
		long began = System.nanoTime();
		Generator generator = new Generator(scale, csv, chunkRows);
		deleteTree(csv);
		Files.createDirectories(csv);
		Map<String, ChunkedCsv.Dataset> datasets = generator.write();
		System.out.printf("== generated %s in %.1f s: %s%n", scale.name(), (System.nanoTime() - began) / 1e9,
				datasets.values().stream().map(d -> d.name() + " " + d.rows()).toList());

		Path dataDir = work.resolve("data-" + scale.name() + "-" + db);
		deleteTree(dataDir);
		Database database = new Database(db, dataDir, scale.name());
		database.createFresh();
		Results figures = new Results();
		Measurements measured = new Measurements(scale, generator, figures);
		try (Server server = new Server(jar, dataDir, database, heap,
				options.containsKey("server-opts") ? List.of(options.get("server-opts").split(" ")) : List.of())) {
			measured.serve(server, datasets);
		}
		try (Connection connection = database.connect()) {
			measured.baselines(connection, database, datasets);
		}
		finally {
			if (!options.containsKey("keep")) {
				database.drop();
			}
		}
		measured.conclude();
		environment.finish(figures);
		figures.write(results, scale.name() + ":" + db, environment.lines());
		System.out.printf("== done in %.1f s; results in %s%n", (System.nanoTime() - began) / 1e9, results);
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("Unexpected argument " + args[i]);
			}
			String name = args[i].substring(2);
			boolean flag = i + 1 == args.length || args[i + 1].startsWith("--");
			options.put(name, flag ? "true" : args[++i]);
		}
		return options;
	}

	static void deleteTree(Path folder) throws Exception {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	static List<String> lines(String text) {
		return List.of(text.split("\n"));
	}
}
