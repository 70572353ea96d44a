package org.probity.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probity.Api.asAdmin;
import static org.probity.Api.importCsv;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.probity.shared.Jurisdiction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * On a generated province of forty cases, every figure equals both what the records say (counted here
 * independently) and the size of the list the figure drills down to.
 */
@ProbityIntegrationTest
class CaseDrillDownIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseManagement cases;

	@Autowired
	CaseHandling handling;

	@Autowired
	CaseFigures figures;

	/** What the test generated for one case, to count from. */
	record Generated(String unit, Map<Stage, LocalDate> reached, List<LocalDate> prosecutions,
			List<LocalDate[]> periods) {
	}

	Province province;

	@BeforeEach
	void province() throws Exception {
		province = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
	}

	/** The cases are made through the façades as an administrator, after the units are imported over HTTP. */
	@Test
	@WithMockUser(roles = "ADMIN", setupBefore = TestExecutionEvent.TEST_EXECUTION)
	void everyFigureEqualsTheRecordsAndTheSizeOfItsList() {
		List<Generated> generated = Jurisdiction.asSystem(() -> generate(new Random(20240101L)));
		List<LocalDate[]> windows = List.of(window("2023-01-01", "2023-12-31"), window("2024-01-01", "2024-06-30"),
				window("2022-06-15", "2022-06-15"), window("2021-01-01", "2026-11-01"));
		Map<String, Predicate<String>> subtrees = Map.of(province.code(), unit -> true, province.communeA(),
				unit -> unit.startsWith(province.communeA()), province.cellA(), province.cellA()::equals,
				province.communeB(), province.communeB()::equals);
		for (LocalDate[] w : windows) {
			for (Map.Entry<String, Predicate<String>> subtree : subtrees.entrySet()) {
				String unit = subtree.getKey();
				List<Generated> in = generated.stream().filter(c -> subtree.getValue().test(c.unit())).toList();
				CaseFigures.Figures f = Jurisdiction.asSystem(() -> figures.of(unit, w[0], w[1]));
				String where = unit + " " + w[0] + ".." + w[1];
				assertThat(f.monitored()).as("monitored " + where)
					.isEqualTo(in.stream().filter(c -> c.periods().stream().anyMatch(p -> overlaps(p, w))).count())
					.isEqualTo(size(CaseQuery.monitoredIn(unit, w[0], w[1])));
				assertThat(f.prosecuted()).as("prosecuted " + where)
					.isEqualTo(in.stream().filter(c -> within(c.reached().get(Stage.PROSECUTED), w)).count())
					.isEqualTo(size(CaseQuery.prosecutedIn(unit, w[0], w[1])));
				assertThat(f.defendants()).as("defendants " + where)
					.isEqualTo(in.stream().flatMap(c -> c.prosecutions().stream()).filter(d -> within(d, w)).count())
					.isEqualTo(Jurisdiction.asSystem(() -> cases.defendants(unit, w[0], w[1], 0)).getTotalElements());
				for (Stage stage : Stage.values()) {
					assertThat(f.byStage().get(stage)).as(stage + " " + where)
						.isEqualTo(in.stream().filter(c -> within(c.reached().get(stage), w)).count())
						.isEqualTo(size(CaseQuery.reachedIn(unit, stage, w[0], w[1])));
				}
			}
		}
		assertThat(Jurisdiction.asSystem(() -> figures.of(province.code(), windows.get(3)[0], windows.get(3)[1])))
			.satisfies(all -> assertThat(all.monitored()).isGreaterThan(10))
			.satisfies(all -> assertThat(all.defendants()).isGreaterThan(20));
	}

	private List<Generated> generate(Random random) {
		String[] units = { province.communeA(), province.cellA(), province.communeB() };
		List<Generated> generated = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			String unit = units[random.nextInt(units.length)];
			LocalDate detected = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(900));
			long id = cases.open(new NewCase(null, CaseKind.CRIMINAL_CASE, "Vụ án thử " + i, null, unit, CaseField.LAND,
					null, detected, null, Origin.DIRECT, null, null)).summary().id();
			Map<Stage, LocalDate> reached = new EnumMap<>(Stage.class);
			reached.put(Stage.DETECTED, detected);
			LocalDate day = detected;
			for (Stage stage : Stage.values()) {
				boolean allowed = stage.prerequisite() == null || reached.containsKey(stage.prerequisite());
				if (stage == Stage.DETECTED || !allowed || random.nextInt(4) == 0) {
					continue;
				}
				day = day.plusDays(random.nextInt(100));
				handling.advance(id, stage, day, null);
				reached.put(stage, day);
				if (random.nextInt(5) == 0) {
					break;
				}
			}
			List<LocalDate> prosecutions = new ArrayList<>();
			for (int d = random.nextInt(4); d > 0; d--) {
				LocalDate on = random.nextInt(4) == 0 ? null : detected.plusDays(random.nextInt(700));
				handling.addDefendant(id, new NewDefendant(null, "Bị can " + i + "-" + d, "Tham ô tài sản", null, on,
						null, null));
				if (on != null) {
					prosecutions.add(on);
				}
			}
			generated.add(new Generated(unit, reached, prosecutions, monitor(id, detected, province.code(), random)));
		}
		return generated;
	}

	/** Half the cases are monitored: some periods end, some cases are placed again after a gap. */
	private List<LocalDate[]> monitor(long id, LocalDate detected, String committee, Random random) {
		List<LocalDate[]> periods = new ArrayList<>();
		LocalDate start = detected.plusDays(random.nextInt(200));
		for (int round = 0; round < 2 && random.nextBoolean(); round++) {
			handling.placeUnderMonitoring(id, committee, start, "Theo dõi");
			if (random.nextBoolean()) {
				periods.add(new LocalDate[] { start, null });
				break;
			}
			LocalDate end = start.plusDays(random.nextInt(300));
			handling.removeFromMonitoring(id, end, "Kết thúc theo dõi");
			periods.add(new LocalDate[] { start, end });
			start = end.plusDays(1 + random.nextInt(100));
		}
		return periods;
	}

	private long size(CaseQuery query) {
		return Jurisdiction.asSystem(() -> cases.list(query, 0)).getTotalElements();
	}

	private static boolean overlaps(LocalDate[] period, LocalDate[] window) {
		return !period[0].isAfter(window[1]) && (period[1] == null || !period[1].isBefore(window[0]));
	}

	private static boolean within(LocalDate day, LocalDate[] window) {
		return day != null && !day.isBefore(window[0]) && !day.isAfter(window[1]);
	}

	private static LocalDate[] window(String from, String to) {
		return new LocalDate[] { LocalDate.parse(from), LocalDate.parse(to) };
	}
}
