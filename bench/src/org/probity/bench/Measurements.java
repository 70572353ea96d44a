package org.probity.bench;

import java.sql.Connection;
import java.util.Map;

/** What one run measures, in the order it is measured: over HTTP while the server runs, then the raw baselines. */
final class Measurements {

	private final Scale scale;

	private final Results figures;

	private final Intake intake;

	private Map<String, Loading.Load> loads;

	private Map<String, Loading.Load> loadBaselines;

	private long startupEmpty;

	private long startup;

	private long heapPeakLoading;

	private long heapPeakServing;

	private long heapCommitted;

	private long resident;

	private Intake.Run intakeRun;

	private Intake.Run intakeBaseline;

	private long intakeCpuMillis;

	private Intake.Probe probe;

	private Latencies search;

	private final Latencies[] reports = new Latencies[2];

	private final Latencies[] reportBaselines = new Latencies[2];

	private final long[][] received = new long[4][1];

	private final String[] reportUnits = { "P01", "VN" };

	Measurements(Scale scale, Generator generator, Results figures) {
		this.scale = scale;
		this.figures = figures;
		this.intake = new Intake(generator.letters(), generator.matters());
	}

	void serve(Server server, Map<String, ChunkedCsv.Dataset> datasets) throws Exception {
		startupEmpty = server.start();
		System.out.println("== server up in " + startupEmpty + " ms (empty); loading through the import path");
		Api api = new Api(server.base());
		api.signIn();
		loads = Loading.load(api, server, datasets);
		heapPeakLoading = server.heapPeakMb();
		server.stop();
		startup = server.start();
		System.out.println("== restarted holding the data in " + startup + " ms; measuring");
		api = new Api(server.base());
		api.signIn();
		intake.http(api, 5_000_000, Math.max(32, scale.intakeRequests() / 10));
		long cpu = server.cpuMillis();
		intakeRun = intake.http(api, 0, scale.intakeRequests());
		intakeCpuMillis = server.cpuMillis() - cpu;
		probe = intake.probeRepeats(api, scale.repeatProbes());
		search = Searches.run(api, scale.searchRounds());
		for (int u = 0; u < reportUnits.length; u++) {
			reports[u] = Reports.http(api, reportUnits[u], scale.reportRounds(), received[u]);
		}
		resident = server.residentPeakMb();
		heapPeakServing = server.heapPeakMb();
		heapCommitted = server.heapCommittedMb();
	}

	void baselines(Connection db, Database database, Map<String, ChunkedCsv.Dataset> datasets) throws Exception {
		System.out.println("== raw baselines over JDBC on the same database");
		loadBaselines = new ImportBaseline(db).run(datasets);
		intakeBaseline = intake.jdbc(database, 0, scale.intakeRequests());
		for (int u = 0; u < reportUnits.length; u++) {
			reportBaselines[u] = Reports.sql(db, reportUnits[u], scale.reportRounds(), received[2 + u]);
		}
	}

	void conclude() {
		long rows = loads.values().stream().mapToLong(Loading.Load::rows).sum();
		double seconds = loads.values().stream().mapToLong(Loading.Load::nanos).sum() / 1e9;
		double baselineSeconds = loadBaselines.values().stream().mapToLong(Loading.Load::nanos).sum() / 1e9;
		figures.add("import_rows_per_s", rows / seconds, "rows/s", rows / baselineSeconds, ">= 50000, ratio <= 2",
				rows + " rows, all datasets");
		for (Loading.Load load : loads.values()) {
			figures.add("import_" + load.dataset() + "_rows_per_s", load.rowsPerSecond(), "rows/s",
					loadBaselines.get(load.dataset()).rowsPerSecond(), "", load.rows() + " rows; server CPU "
							+ Results.number(load.cpuMillis() * 1000.0 / load.rows()) + " ms per 1000 rows");
		}
		figures.add("intake_per_s", intakeRun.perSecond(), "req/s", intakeBaseline.perSecond(), ">= 500, ratio <= 4",
				Intake.CLIENTS + " clients, " + intakeRun.requests() + " petitions, 2 in 5 repeats");
		figures.add("intake_cpu_ms", (double) intakeCpuMillis / intakeRun.requests(), "ms", Double.NaN, "",
				"server CPU time per petition (user + system): what a request costs whatever the neighbours do");
		figures.add("intake_p50_ms", intakeRun.latencies().percentileMs(50), "ms",
				intakeBaseline.latencies().percentileMs(50), "", "");
		figures.add("intake_p99_ms", intakeRun.latencies().percentileMs(99), "ms",
				intakeBaseline.latencies().percentileMs(99), "< 100", "");
		double withCandidates = probe.repeats().percentileMs(50);
		double without = probe.unrelated().percentileMs(50);
		figures.add("repeat_check_ms", Math.max(0, withCandidates - without), "ms", Double.NaN, "< 5",
				"median intake of a repeat minus median intake of a letter with no candidate, one client, "
						+ probe.repeats().count() + " of each; " + probe.detected() + " linked as repeats");
		figures.add("intake_repeat_p50_ms", withCandidates, "ms", without, "", "baseline: letter with no candidate");
		if (search == null) {
			figures.skipped("search_p50_ms", "GET /api/v1/search answers 404: no search module in this build");
			figures.skipped("search_p99_ms", "GET /api/v1/search answers 404: no search module in this build");
		}
		else {
			figures.add("search_p50_ms", search.percentileMs(50), "ms", Double.NaN, "", Searches.MIX.size() + " queries");
			figures.add("search_p99_ms", search.percentileMs(99), "ms", Double.NaN, "< 50, ratio <= 1.5",
					"raw Lucene baseline n/a from outside the server");
		}
		String[] names = { "report_province_ms", "report_nation_ms" };
		String[] targets = { "< 100, ratio <= 1.2", "< 1000, ratio <= 1.2" };
		for (int u = 0; u < 2; u++) {
			boolean same = received[u][0] == received[2 + u][0];
			figures.add(names[u], reports[u].percentileMs(50), "ms", reportBaselines[u].percentileMs(50), targets[u],
					"p50 of " + reports[u].count() + ", unit " + reportUnits[u] + "; petitions received " + received[u][0]
							+ (same ? " (SQL agrees)" : " but SQL counts " + received[2 + u][0] + " — MISMATCH"));
		}
		figures.add("startup_ms", startup, "ms", Double.NaN, "", "process start to health UP, holding the data");
		figures.add("startup_empty_ms", startupEmpty, "ms", Double.NaN, "", "fresh data directory, migrations included");
		figures.add("heap_peak_mb", Math.max(heapPeakLoading, heapPeakServing), "MB", Double.NaN, "< 1024",
				"most heap in use at a collection (GC log); loading " + heapPeakLoading + ", serving " + heapPeakServing
						+ ", heap sized up to " + heapCommitted);
		figures.add("rss_peak_mb", resident, "MB", Double.NaN, "", "VmHWM of the server after the measurements");
	}
}
