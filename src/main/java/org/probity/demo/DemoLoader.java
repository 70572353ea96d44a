package org.probity.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.probity.access.NewUser;
import org.probity.access.Role;
import org.probity.access.UserManagement;
import org.probity.shared.Jurisdiction;
import org.probity.shared.imports.CsvImports;
import org.probity.shared.imports.ImportProgress;
import org.probity.units.SuccessionKind;
import org.probity.units.UnitManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With {@code --demo} (or {@code PROBITY_DEMO=true}) fills an empty database with the synthetic province and one
 * user per role, printing their passwords (demo only) and keeping them in {@code demo-users.txt} in the data
 * directory.
 */
@Component
@Order(10)
class DemoLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

	private static final int PEOPLE = 3000;

	private static final int PETITION_MATTERS = 220;

	private final CsvImports imports;

	private final UnitManagement units;

	private final UserManagement users;

	private final DemoHandling handling;

	private final DemoSteering steering;

	private final DemoOversightPlans plans;

	private final DemoOversightFollowUp oversightFollowUp;

	private final DemoDisciplineFollowUp disciplineFollowUp;

	private final DemoCases cases;

	private final DemoIntegrity integrity;
	private final DemoDocuments documents;
	private final DemoHandover handover;

	private final boolean enabled;

	private final Path dataDir;

	DemoLoader(CsvImports imports, UnitManagement units, UserManagement users, DemoHandling handling,
			DemoSteering steering, DemoOversightPlans plans, DemoOversightFollowUp oversightFollowUp,
			DemoDisciplineFollowUp disciplineFollowUp, DemoCases cases, DemoIntegrity integrity, DemoDocuments documents,
			DemoHandover handover, @Value("${probity.demo:false}") boolean enabled,
			@Value("${probity.data-dir}") Path dataDir) {
		this.imports = imports;
		this.units = units;
		this.users = users;
		this.handling = handling;
		this.steering = steering;
		this.plans = plans;
		this.oversightFollowUp = oversightFollowUp;
		this.disciplineFollowUp = disciplineFollowUp;
		this.cases = cases;
		this.integrity = integrity;
		this.documents = documents;
		this.handover = handover;
		this.enabled = enabled;
		this.dataDir = dataDir;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled && !args.containsOption("demo")) {
			return;
		}
		if (Jurisdiction.asSystem(units::count) > 0) {
			log.info("Demo: the database already holds units; nothing loaded (credentials: {})", credentialsFile());
			return;
		}
		fill();
	}

	/** Loads the province, its people, users, petitions and cases; expects none of them to exist yet. */
	void fill() {
		Jurisdiction.asSystem(() -> {
			DemoProvince province = new DemoProvince();
			load("units", province.unitsCsv());
			load("people", province.peopleCsv(PEOPLE));
			load("oversight", new DemoOversight().csv());
			load("discipline", new DemoDiscipline(province::unitOf).csv());
			units.recordSuccession("QN-HB-TT", "QN-16", SuccessionKind.MERGE, LocalDate.of(2025, 7, 1));
			units.recordSuccession("QN-HB-LL", "QN-16", SuccessionKind.MERGE, LocalDate.of(2025, 7, 1));
			writeCredentials(createUsers());
			load("petitions", new DemoPetitions().csv(PETITION_MATTERS));
			handling.run("admin");
			handling.as("admin", () -> {
				steering.run();
				plans.run();
				oversightFollowUp.run();
				disciplineFollowUp.run();
			});
			handling.as("admin", cases::run);
			handling.as("admin", integrity::run);
			handling.as("admin", documents::run);
			handling.as("admin", handover::run);
		});
	}

	private void load(String dataset, String csv) {
		try {
			Path file = Files.createTempFile("probity-demo-", ".csv");
			Files.writeString(file, csv, StandardCharsets.UTF_8);
			long rows = imports.run(dataset, file, ImportProgress.NONE).imported();
			Files.delete(file);
			log.info("Demo: imported {} {}", rows, dataset);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not write the demo " + dataset, ex);
		}
	}

	private List<String> createUsers() {
		List<String> lines = new ArrayList<>();
		if (users.find("admin").isEmpty()) {
			lines.add(create("admin", Role.ADMIN, null));
		}
		lines.add(create("leader", Role.LEADER, DemoProvince.PROVINCE));
		lines.add(create("officer", Role.OFFICER, "QN-01"));
		lines.add(create("receptionist", Role.RECEPTIONIST, "QN-01"));
		lines.add(create("auditor", Role.AUDITOR, DemoProvince.PROVINCE));
		return lines;
	}

	private String create(String username, Role role, String unit) {
		String password = password();
		users.create(new NewUser(username, password, role, unit));
		return String.format("%-13s %-13s %-8s %s", username, role, unit == null ? "-" : unit, password);
	}

	private void writeCredentials(List<String> lines) {
		String table = String.join(System.lineSeparator(), lines);
		log.warn("Demo users (demo only; also in {}):{}{}", credentialsFile(), System.lineSeparator(), table);
		try {
			Files.createDirectories(dataDir);
			Files.writeString(credentialsFile(), table + System.lineSeparator(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			log.warn("Could not write {}: {}", credentialsFile(), ex.getMessage());
		}
	}

	private Path credentialsFile() {
		return dataDir.resolve("demo-users.txt");
	}

	private static String password() {
		String alphabet = "abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 14; i++) {
			password.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return password.toString();
	}
}
