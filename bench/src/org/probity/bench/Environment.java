package org.probity.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The machine, JDK, database and load a run measured on, for the head of its block in RESULTS.md. */
final class Environment {

	private final List<String> lines = new ArrayList<>();

	private Environment() {
	}

	static Environment describe(Scale scale, String db, String heap) {
		Environment environment = new Environment();
		environment.lines.add("date: " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		environment.lines.add("scale: " + scale.name() + " (" + scale.units() + " units, " + scale.people() + " people, "
				+ scale.petitions() + " petitions, " + scale.targets() + " oversight targets, " + scale.decisions()
				+ " decisions)");
		environment.lines.add("database: " + db);
		environment.lines.add("machine: " + cpu() + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
				+ memory() + " memory; load average at start " + load());
		environment.lines.add("JDK: " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version")
				+ "; server heap -Xmx" + heap + ", G1");
		String commit = System.getenv("BENCH_COMMIT");
		if (commit != null && !commit.isBlank()) {
			environment.lines.add("commit: " + commit);
		}
		return environment;
	}

	void finish(Results figures) {
		lines.add("load average at end " + load() + " (the machine was shared: figures are pessimistic when it is above 2)");
	}

	List<String> lines() {
		return lines;
	}

	private static String cpu() {
		return read("/proc/cpuinfo", "model name");
	}

	private static String memory() {
		String total = read("/proc/meminfo", "MemTotal");
		try {
			return Long.parseLong(total.replaceAll("\\D+", "")) / 1024 / 1024 + " GiB";
		}
		catch (NumberFormatException ex) {
			return total;
		}
	}

	private static String load() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (Exception ex) {
			return "unknown";
		}
	}

	private static String read(String file, String key) {
		try {
			for (String line : Files.readAllLines(Path.of(file))) {
				if (line.startsWith(key)) {
					return line.substring(line.indexOf(':') + 1).strip();
				}
			}
		}
		catch (Exception ex) {
			// not Linux: leave it unknown
		}
		return "unknown";
	}
}
