package org.probity.bench;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Petition intake at 16 concurrent clients: over HTTP ({@code POST /api/v1/petitions}, repeat detection, sealing,
 * timeline, audit and a durable commit included) and, as its baseline, a bare single-row insert and commit of the
 * same petitions over JDBC. Two in five letters repeat a matter already loaded; the rest are new matters.
 */
final class Intake {

	static final int CLIENTS = 16;

	private static final LocalDate INTAKE_DAY = LocalDate.of(2026, 1, 5);

	record Run(int requests, long wallNanos, Latencies latencies) {

		double perSecond() {
			return requests / (wallNanos / 1e9);
		}
	}

	private final Letters letters;

	private final long matters;

	Intake(Letters letters, long matters) {
		this.letters = letters;
		this.matters = matters;
	}

	/** The i-th petition the clients send: a repeat of a loaded matter, or a matter nobody wrote about before. */
	Letters.Letter letter(int i) {
		boolean repeat = i % 5 < 2;
		long m = repeat ? Math.floorMod(i * 2_654_435_761L, matters) : matters + i;
		Letters.Letter letter = letters.letter(m, repeat ? letters.copies(m) + i % 2 : 0);
		return new Letters.Letter(letter.kind(), letter.channel(), INTAKE_DAY.plusDays(i % 300), letter.receivedBy(),
				letter.anonymous(), letter.petitioners(), letter.subjectName(), letter.subjectUnit(), letter.content());
	}

	static String json(Letters.Letter letter) {
		StringBuilder petitioners = new StringBuilder();
		for (String name : letter.petitioners()) {
			petitioners.append(petitioners.isEmpty() ? "" : ",").append("{\"name\":").append(Api.json(name)).append('}');
		}
		return "{\"kind\":\"" + letter.kind() + "\",\"channel\":\"" + letter.channel() + "\",\"receivedOn\":\""
				+ letter.receivedOn() + "\",\"receivedBy\":\"" + letter.receivedBy() + "\",\"anonymous\":" + letter.anonymous()
				+ ",\"petitioners\":[" + petitioners + "],\"subjectName\":"
				+ (letter.subjectName().isEmpty() ? "null" : Api.json(letter.subjectName())) + ",\"subjectUnitCode\":"
				+ (letter.subjectUnit().isEmpty() ? "null" : Api.json(letter.subjectUnit())) + ",\"content\":"
				+ Api.json(letter.content()) + "}";
	}

	Run http(Api api, int first, int count) throws Exception {
		AtomicReference<String> failure = new AtomicReference<>();
		Run run = concurrently(first, count, () -> i -> {
			HttpResponse<String> answer = api.postJson("/api/v1/petitions", json(letter(i)));
			if (answer.statusCode() != 201) {
				failure.compareAndSet(null, answer.statusCode() + " " + answer.body());
			}
		});
		if (failure.get() != null) {
			throw new IllegalStateException("POST /api/v1/petitions failed: " + failure.get());
		}
		return run;
	}

	/** The same petitions as bare rows, each inserted and committed on its own, 16 connections at once. */
	Run jdbc(Database database, int first, int count) throws Exception {
		List<Connection> connections = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			connections.add(database.connect());
		}
		AtomicInteger client = new AtomicInteger();
		ThreadLocal<PreparedStatement> statements = ThreadLocal.withInitial(() -> {
			try {
				return connections.get(client.getAndIncrement()).prepareStatement(Petitions.INSERT);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		try {
			return concurrently(first, count, () -> i -> {
				Letters.Letter letter = letter(i);
				PreparedStatement insert = statements.get();
				Object[] values = Petitions.values("ZI-" + i, letter.kind(), letter.channel(),
						Date.valueOf(letter.receivedOn()), letter.receivedBy(), letter.anonymous(), letter.petitioners().size(),
						letter.subjectName(), letter.subjectUnit(), letter.content());
				for (int p = 0; p < values.length; p++) {
					insert.setObject(p + 1, values[p]);
				}
				insert.executeUpdate();
			});
		}
		finally {
			try (Statement clean = connections.get(0).createStatement()) {
				clean.executeUpdate("delete from petitions where reference like 'ZI-%'");
			}
			for (Connection connection : connections) {
				connection.close();
			}
		}
	}

	interface Call {

		void run(int i) throws Exception;
	}

	/** Each of the 16 clients takes the next request as soon as its previous one is answered. */
	private static Run concurrently(int first, int count, Supplier<Call> perClient) throws Exception {
		Latencies latencies = new Latencies(count);
		AtomicInteger next = new AtomicInteger(first);
		long began = System.nanoTime();
		try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<?>> running = new ArrayList<>();
			for (int c = 0; c < CLIENTS; c++) {
				running.add(clients.submit(() -> {
					Call call = perClient.get();
					for (int i = next.getAndIncrement(); i < first + count; i = next.getAndIncrement()) {
						long start = System.nanoTime();
						call.run(i);
						latencies.add(System.nanoTime() - start);
					}
					return null;
				}));
			}
			for (Future<?> client : running) {
				client.get();
			}
		}
		return new Run(count, System.nanoTime() - began, latencies);
	}

	record Probe(Latencies repeats, Latencies unrelated, int detected) {
	}

	/**
	 * One client at a time: letters repeating a loaded matter (the check reads and judges its candidates) against
	 * letters of made-up words (the check finds no candidate); the difference of the medians is the check's cost.
	 */
	Probe probeRepeats(Api api, int probes) throws Exception {
		Latencies repeats = new Latencies(probes);
		Latencies unrelated = new Latencies(probes);
		Random random = new Random(5);
		int detected = 0;
		for (int p = 0; p < probes; p++) {
			Letters.Letter repeat = letter(1_000_000 + p * 5);
			long start = System.nanoTime();
			HttpResponse<String> answer = api.postJson("/api/v1/petitions", json(repeat));
			repeats.add(System.nanoTime() - start);
			if (answer.statusCode() != 201) {
				throw new IllegalStateException("POST /api/v1/petitions answered " + answer.statusCode() + ": " + answer.body());
			}
			if (!"null".equals(Api.field(answer.body(), "duplicateOf"))) {
				detected++;
			}
			Letters.Letter plain = new Letters.Letter("REFLECTION", "WEB", repeat.receivedOn(), repeat.receivedBy(), true,
					List.of(), "", "", Letters.unrelated(random));
			start = System.nanoTime();
			answer = api.postJson("/api/v1/petitions", json(plain));
			unrelated.add(System.nanoTime() - start);
			if (answer.statusCode() != 201) {
				throw new IllegalStateException("POST /api/v1/petitions answered " + answer.statusCode() + ": " + answer.body());
			}
		}
		return new Probe(repeats, unrelated, detected);
	}
}
