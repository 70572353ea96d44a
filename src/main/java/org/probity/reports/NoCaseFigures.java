package org.probity.reports;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

/** Zeros for every case figure, until the cases module's figures are wired (see {@link CaseFiguresSource}). */
@Component
class NoCaseFigures implements CaseFiguresSource {

	@Override
	public CaseFigures of(String unitCode, LocalDate from, LocalDate to) {
		return CaseFigures.NONE;
	}
}
