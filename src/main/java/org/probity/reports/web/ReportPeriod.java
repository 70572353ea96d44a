package org.probity.reports.web;

import java.time.LocalDate;

/** The windows the report page offers: the first nine or ten months of a year, a year, the term, or any window. */
enum ReportPeriod {

	NINE_MONTHS, TEN_MONTHS, YEAR, TERM, CUSTOM;

	/** The preset's first day; null for a custom window, whose days are given. */
	LocalDate from(int year, ReportSettings settings) {
		return switch (this) {
			case NINE_MONTHS, TEN_MONTHS, YEAR -> LocalDate.of(year, 1, 1);
			case TERM -> settings.termFrom();
			case CUSTOM -> null;
		};
	}

	LocalDate to(int year, ReportSettings settings) {
		return switch (this) {
			case NINE_MONTHS -> LocalDate.of(year, 9, 30);
			case TEN_MONTHS -> LocalDate.of(year, 10, 31);
			case YEAR -> LocalDate.of(year, 12, 31);
			case TERM -> settings.termTo();
			case CUSTOM -> null;
		};
	}
}
