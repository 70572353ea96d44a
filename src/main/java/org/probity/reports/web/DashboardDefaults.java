package org.probity.reports.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.probity.shared.Jurisdiction;
import org.probity.units.UnitManagement;
import org.probity.units.UnitView;
import org.springframework.stereotype.Component;

/** What a dashboard shows when not told: the reader's home unit (the first root for a nation-wide reader), this year. */
@Component
class DashboardDefaults {

	private final UnitManagement units;

	private final Clock clock;

	DashboardDefaults(UnitManagement units, Clock clock) {
		this.units = units;
		this.clock = clock;
	}

	String unit(String given) {
		if (given != null && !given.isBlank()) {
			return given.strip();
		}
		String home = Jurisdiction.homeUnitCode();
		if (home != null) {
			return home;
		}
		List<UnitView> roots = units.roots();
		return roots.isEmpty() ? null : roots.get(0).code();
	}

	/** This year and the two before, newest first: the page's shortcuts. */
	List<Integer> recentYears() {
		int year = LocalDate.now(clock).getYear();
		return List.of(year, year - 1, year - 2);
	}

	/** The first day of this year when the window is not given at all; a half-given window stays as given. */
	LocalDate from(LocalDate from, LocalDate to) {
		return from == null && to == null ? LocalDate.now(clock).withDayOfYear(1) : from;
	}

	LocalDate to(LocalDate from, LocalDate to) {
		return from == null && to == null ? LocalDate.now(clock).withMonth(12).withDayOfMonth(31) : to;
	}
}
