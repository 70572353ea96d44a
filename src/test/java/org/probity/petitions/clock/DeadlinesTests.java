package org.probity.petitions.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.probity.petitions.PetitionKind.COMPLAINT;
import static org.probity.petitions.PetitionKind.DENUNCIATION;
import static org.probity.petitions.PetitionKind.REFLECTION;
import static org.probity.petitions.clock.Complexity.COMPLEX;
import static org.probity.petitions.clock.Complexity.ORDINARY;
import static org.probity.petitions.clock.Complexity.VERY_COMPLEX;
import static org.probity.petitions.clock.JurisdictionProfile.EU_WHISTLEBLOWER;
import static org.probity.petitions.clock.JurisdictionProfile.VN_REMOTE;
import static org.probity.petitions.clock.JurisdictionProfile.VN_STANDARD;
import static org.probity.petitions.clock.Stage.ACCEPTANCE;
import static org.probity.petitions.clock.Stage.ACKNOWLEDGEMENT;
import static org.probity.petitions.clock.Stage.SETTLEMENT;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DeadlinesTests {

	Deadlines deadlines = new Deadlines(DeadlineRules.defaults(), WorkingCalendar.vietnam(Set.of()));

	@Test
	void denunciationIsClassifiedWithinSevenWorkingDaysSkippingTet() {
		// Received Tuesday 6 Feb 2024; Tết 2024 is off from 9 to 13 Feb. Without it this would be 15 Feb.
		assertThat(deadlines.due(DENUNCIATION, VN_STANDARD, ACCEPTANCE, LocalDate.of(2024, 2, 6), ORDINARY, 0))
			.isEqualTo(LocalDate.of(2024, 2, 20));
	}

	@Test
	void complaintIsAcceptedWithinTenWorkingDaysSkippingThirtiethOfAprilAndMayDay() {
		assertThat(deadlines.due(COMPLAINT, VN_STANDARD, ACCEPTANCE, LocalDate.of(2024, 4, 25), ORDINARY, 0))
			.isEqualTo(LocalDate.of(2024, 5, 13));
	}

	@Test
	void complaintIsSettledWithinThirtyCalendarDaysOrFortyFiveIfComplex() {
		LocalDate accepted = LocalDate.of(2024, 3, 1);
		assertThat(deadlines.due(COMPLAINT, VN_STANDARD, SETTLEMENT, accepted, ORDINARY, 0))
			.isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(deadlines.due(COMPLAINT, VN_STANDARD, SETTLEMENT, accepted, COMPLEX, 0))
			.isEqualTo(LocalDate.of(2024, 4, 15));
	}

	@Test
	void complaintInRemoteAreaGetsFortyFiveDays() {
		LocalDate accepted = LocalDate.of(2024, 3, 1);
		assertThat(deadlines.due(COMPLAINT, VN_REMOTE, SETTLEMENT, accepted, ORDINARY, 0))
			.isEqualTo(LocalDate.of(2024, 4, 15));
		assertThat(deadlines.due(COMPLAINT, VN_REMOTE, SETTLEMENT, accepted, COMPLEX, 0))
			.isEqualTo(LocalDate.of(2024, 4, 30));
	}

	@Test
	void denunciationSettlementCountsCalendarDaysEvenOverTet() {
		assertThat(deadlines.due(DENUNCIATION, VN_STANDARD, SETTLEMENT, LocalDate.of(2025, 1, 10), ORDINARY, 0))
			.isEqualTo(LocalDate.of(2025, 2, 9));
	}

	@Test
	void eachGrantedExtensionOfADenunciationAddsThirtyDays() {
		LocalDate accepted = LocalDate.of(2025, 1, 10);
		assertThat(deadlines.due(DENUNCIATION, VN_STANDARD, SETTLEMENT, accepted, COMPLEX, 1))
			.isEqualTo(LocalDate.of(2025, 3, 11));
		assertThat(deadlines.due(DENUNCIATION, VN_STANDARD, SETTLEMENT, accepted, VERY_COMPLEX, 2))
			.isEqualTo(LocalDate.of(2025, 4, 10));
	}

	@Test
	void thirdExtensionOfADenunciationIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> deadlines.due(DENUNCIATION, VN_STANDARD, SETTLEMENT, LocalDate.of(2025, 1, 10),
					VERY_COMPLEX, 3))
			.withMessageContaining("a denunciation may be extended at most twice");
	}

	@Test
	void aComplexDenunciationIsExtendedOnlyOnceAndAnOrdinaryOneNever() {
		LocalDate accepted = LocalDate.of(2025, 1, 10);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> deadlines.due(DENUNCIATION, VN_STANDARD, SETTLEMENT, accepted, COMPLEX, 2))
			.withMessageContaining("a complex denunciation may be extended at most once");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> deadlines.due(DENUNCIATION, VN_STANDARD, SETTLEMENT, accepted, ORDINARY, 1))
			.withMessageContaining("an ordinary denunciation may not be extended");
	}

	@Test
	void aComplaintIsNeverExtended() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> deadlines.due(COMPLAINT, VN_STANDARD, SETTLEMENT, LocalDate.of(2024, 3, 1), COMPLEX, 1))
			.withMessageContaining("a complaint may not be extended");
	}

	@Test
	void euReportIsAcknowledgedWithinSevenDays() {
		// Calendar days: Tết does not stop the EU clock.
		LocalDate received = LocalDate.of(2024, 2, 6);
		assertThat(deadlines.due(DENUNCIATION, EU_WHISTLEBLOWER, ACKNOWLEDGEMENT, received, ORDINARY, 0))
			.isEqualTo(LocalDate.of(2024, 2, 13));
	}

	@Test
	void euFeedbackIsDueThreeMonthsLaterAtTheEndOfAShortMonth() {
		// Whole months, not a fixed number of days: 91 days in one case, 92 in the other.
		assertThat(deadlines.due(REFLECTION, EU_WHISTLEBLOWER, SETTLEMENT, LocalDate.of(2024, 3, 31), ORDINARY, 0))
			.isEqualTo(LocalDate.of(2024, 6, 30));
		assertThat(deadlines.due(REFLECTION, EU_WHISTLEBLOWER, SETTLEMENT, LocalDate.of(2024, 5, 15), ORDINARY, 0))
			.isEqualTo(LocalDate.of(2024, 8, 15));
	}

	@Test
	void aStageWithoutARuleIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> deadlines.due(COMPLAINT, EU_WHISTLEBLOWER, ACCEPTANCE, LocalDate.of(2024, 3, 1),
					ORDINARY, 0))
			.withMessageContaining("no time limit for a complaint");
	}

	@Test
	void negativeExtensionsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> deadlines.due(DENUNCIATION, VN_STANDARD, SETTLEMENT, LocalDate.of(2025, 1, 10), COMPLEX, -1));
	}

	@Test
	void aPetitionIsDueSoonWithinTheWarningDaysAndOverdueOnlyAfterTheDueDay() {
		LocalDate due = LocalDate.of(2024, 2, 20);
		assertThat(Deadlines.status(due, LocalDate.of(2024, 2, 16), 3)).isEqualTo(DueStatus.ON_TIME);
		assertThat(Deadlines.status(due, LocalDate.of(2024, 2, 17), 3)).isEqualTo(DueStatus.DUE_SOON);
		assertThat(Deadlines.status(due, due, 3)).isEqualTo(DueStatus.DUE_SOON);
		assertThat(Deadlines.status(due, LocalDate.of(2024, 2, 21), 3)).isEqualTo(DueStatus.OVERDUE);
	}
}
