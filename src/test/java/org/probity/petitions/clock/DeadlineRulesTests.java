package org.probity.petitions.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.probity.petitions.PetitionKind.COMPLAINT;
import static org.probity.petitions.PetitionKind.DENUNCIATION;
import static org.probity.petitions.PetitionKind.RECOMMENDATION;
import static org.probity.petitions.PetitionKind.REFLECTION;
import static org.probity.petitions.clock.JurisdictionProfile.EU_WHISTLEBLOWER;
import static org.probity.petitions.clock.JurisdictionProfile.VN_REMOTE;
import static org.probity.petitions.clock.JurisdictionProfile.VN_STANDARD;
import static org.probity.petitions.clock.Stage.ACCEPTANCE;
import static org.probity.petitions.clock.Stage.ACKNOWLEDGEMENT;
import static org.probity.petitions.clock.Stage.SETTLEMENT;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.probity.petitions.PetitionKind;

class DeadlineRulesTests {

	DeadlineRules defaults = DeadlineRules.defaults();

	@Test
	void denunciationsAreAcceptedWithinSevenWorkingDaysInEveryVietnameseProfile() {
		for (JurisdictionProfile profile : List.of(VN_STANDARD, VN_REMOTE)) {
			DeadlineRule rule = defaults.rule(DENUNCIATION, profile, ACCEPTANCE).orElseThrow();
			assertThat(rule.length()).isEqualTo(7);
			assertThat(rule.counting()).isEqualTo(Counting.WORKING_DAYS);
		}
	}

	@Test
	void denunciationSettlementIsThirtyDaysExtendedOnceIfComplexTwiceIfVeryComplex() {
		DeadlineRule rule = defaults.rule(DENUNCIATION, VN_STANDARD, SETTLEMENT).orElseThrow();
		assertThat(rule.lengthFor(Complexity.VERY_COMPLEX)).isEqualTo(30);
		assertThat(rule.counting()).isEqualTo(Counting.CALENDAR_DAYS);
		assertThat(rule.extensionLength()).isEqualTo(30);
		assertThat(rule.extensionsAllowed(Complexity.ORDINARY)).isZero();
		assertThat(rule.extensionsAllowed(Complexity.COMPLEX)).isEqualTo(1);
		assertThat(rule.extensionsAllowed(Complexity.VERY_COMPLEX)).isEqualTo(2);
	}

	@Test
	void complaintsAreAcceptedInTenWorkingDaysAndSettledInThirtyOrFortyFiveIfComplex() {
		assertThat(defaults.rule(COMPLAINT, VN_STANDARD, ACCEPTANCE).orElseThrow())
			.returns(10, DeadlineRule::length)
			.returns(Counting.WORKING_DAYS, DeadlineRule::counting);
		DeadlineRule settlement = defaults.rule(COMPLAINT, VN_STANDARD, SETTLEMENT).orElseThrow();
		assertThat(settlement.lengthFor(Complexity.ORDINARY)).isEqualTo(30);
		assertThat(settlement.lengthFor(Complexity.COMPLEX)).isEqualTo(45);
		assertThat(settlement.extensionsAllowed(Complexity.VERY_COMPLEX)).isZero();
	}

	@Test
	void remoteComplaintsGetFortyFiveOrSixtyDays() {
		DeadlineRule rule = defaults.rule(COMPLAINT, VN_REMOTE, SETTLEMENT).orElseThrow();
		assertThat(rule.lengthFor(Complexity.ORDINARY)).isEqualTo(45);
		assertThat(rule.lengthFor(Complexity.COMPLEX)).isEqualTo(60);
	}

	@Test
	void recommendationsAndReflectionsGetTheChosenTenWorkingDaysAndThirtyDays() {
		for (PetitionKind kind : List.of(RECOMMENDATION, REFLECTION)) {
			assertThat(defaults.rule(kind, VN_STANDARD, ACCEPTANCE).orElseThrow())
				.returns(10, DeadlineRule::length)
				.returns(Counting.WORKING_DAYS, DeadlineRule::counting);
			assertThat(defaults.rule(kind, VN_STANDARD, SETTLEMENT).orElseThrow())
				.returns(30, DeadlineRule::length)
				.returns(Counting.CALENDAR_DAYS, DeadlineRule::counting);
		}
	}

	@Test
	void euReportsOfEveryKindAreAcknowledgedInSevenDaysAndAnsweredInThreeMonths() {
		for (PetitionKind kind : PetitionKind.values()) {
			assertThat(defaults.rule(kind, EU_WHISTLEBLOWER, ACKNOWLEDGEMENT).orElseThrow())
				.returns(7, DeadlineRule::length)
				.returns(Counting.CALENDAR_DAYS, DeadlineRule::counting);
			assertThat(defaults.rule(kind, EU_WHISTLEBLOWER, SETTLEMENT).orElseThrow())
				.returns(3, DeadlineRule::length)
				.returns(Counting.MONTHS, DeadlineRule::counting);
			assertThat(defaults.rule(kind, EU_WHISTLEBLOWER, ACCEPTANCE)).isEmpty();
			assertThat(defaults.rule(kind, VN_STANDARD, ACKNOWLEDGEMENT)).isEmpty();
		}
	}

	@Test
	void aUnitReplacesADefaultRowWithoutChangingTheDefaults() {
		DeadlineRule shorter = DeadlineRule.of(REFLECTION, VN_STANDARD, SETTLEMENT, 15, Counting.WORKING_DAYS);
		DeadlineRules own = defaults.with(shorter);
		assertThat(own.rule(REFLECTION, VN_STANDARD, SETTLEMENT)).contains(shorter);
		assertThat(own.all()).hasSameSizeAs(defaults.all());
		assertThat(defaults.rule(REFLECTION, VN_STANDARD, SETTLEMENT).orElseThrow().length()).isEqualTo(30);
	}

	@Test
	void aCustomTableHoldsOnlyItsOwnRows() {
		DeadlineRule only = DeadlineRule.of(COMPLAINT, VN_STANDARD, ACCEPTANCE, 5, Counting.WORKING_DAYS);
		DeadlineRules table = DeadlineRules.of(List.of(only));
		assertThat(table.rule(COMPLAINT, VN_STANDARD, ACCEPTANCE)).contains(only);
		assertThat(table.rule(COMPLAINT, VN_STANDARD, SETTLEMENT)).isEmpty();
	}

	@Test
	void twoRowsForTheSameStageAreAConfigurationMistake() {
		DeadlineRule rule = DeadlineRule.of(COMPLAINT, VN_STANDARD, ACCEPTANCE, 5, Counting.WORKING_DAYS);
		assertThatIllegalArgumentException().isThrownBy(() -> DeadlineRules.of(List.of(rule, rule)));
	}

	@Test
	void aRuleWithNegativeLengthOrExtensionsThatAddNothingIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DeadlineRule.of(COMPLAINT, VN_STANDARD, ACCEPTANCE, -1, Counting.WORKING_DAYS));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DeadlineRule.of(DENUNCIATION, VN_STANDARD, SETTLEMENT, 30, Counting.CALENDAR_DAYS)
				.withExtensions(2, 0));
	}
}
