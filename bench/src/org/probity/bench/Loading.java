package org.probity.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loads the generated datasets through {@code POST /api/v1/imports/{dataset}}, one file per request, timed. */
final class Loading {

	/** @param cpuMillis the server's CPU time spent on the load, or -1 when not measured */
	record Load(String dataset, long rows, long nanos, long cpuMillis) {

		double rowsPerSecond() {
			return rows / (nanos / 1e9);
		}
	}

	static Map<String, Load> load(Api api, Server server, Map<String, ChunkedCsv.Dataset> datasets) throws Exception {
		Map<String, Load> loads = new LinkedHashMap<>();
		for (ChunkedCsv.Dataset dataset : datasets.values()) {
			long rows = 0;
			long cpu = server.cpuMillis();
			long began = System.nanoTime();
			for (Path file : dataset.files()) {
				long fileBegan = System.nanoTime();
				long imported = api.importFile(dataset.name(), file);
				rows += imported;
				System.out.printf("  imported %s: %d rows in %.1f s%n", file.getFileName(), imported,
						(System.nanoTime() - fileBegan) / 1e9);
			}
			if (rows != dataset.rows()) {
				throw new IllegalStateException(dataset.name() + ": the server imported " + rows + " of " + dataset.rows());
			}
			loads.put(dataset.name(), new Load(dataset.name(), rows, System.nanoTime() - began, server.cpuMillis() - cpu));
		}
		return loads;
	}

	/** The rows of a generated CSV file, header first; the generator never puts a line break inside a field. */
	static List<String[]> rows(Path file) throws IOException {
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				rows.add(split(line));
			}
		}
		return rows;
	}

	static String[] split(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields.toArray(String[]::new);
	}
}
