package org.probity.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.probity.shared.InvalidField;

/** A signal's own moves, and how a unit's thresholds fall back value by value. */
class SignalTests {

	static final LocalDate DAY = LocalDate.of(2026, 5, 1);

	@Test
	void onlyAnOpenSignalIsAcknowledgedAndOnlyOnceResolved() {
		Signal signal = new Signal(SignalKind.OVERDUE, new Subject("task:1", "Rà soát", "A", "/P/A/"), DAY);
		signal.acknowledge("lan", "Đã giao", Instant.EPOCH);
		assertThatThrownBy(() -> signal.acknowledge("lan", "Lại", Instant.EPOCH)).isInstanceOf(InvalidField.class);
		signal.resolve("lan", "Xong", Instant.EPOCH);
		assertThatThrownBy(() -> signal.resolve("lan", "Lại", Instant.EPOCH)).isInstanceOf(InvalidField.class);
		assertThat(signal.state()).isEqualTo(SignalState.RESOLVED);
	}

	@Test
	void onlyNewEvidenceOpensAResolvedSignalAgain() {
		Signal signal = new Signal(SignalKind.VETTING_CONCERN, new Subject("person:P1", "Cường", "A", "/P/A/"), DAY);
		Evidence decision = new Evidence("decision", "D1", "D1", DAY);
		assertThat(signal.seen(List.of(decision), null, DAY)).isTrue();
		signal.resolve("lan", "Không bổ nhiệm", Instant.EPOCH);

		assertThat(signal.seen(List.of(new Evidence("decision", "D1", "again", DAY)), null, DAY.plusDays(1))).isFalse();
		assertThat(signal.state()).isEqualTo(SignalState.RESOLVED);
		assertThat(signal.seen(List.of(new Evidence("vetting", "7", "new", DAY)), null, DAY.plusDays(2))).isTrue();
		assertThat(signal.state()).isEqualTo(SignalState.OPEN);
		assertThat(signal.seen(List.of(decision), null, DAY.plusDays(3))).isFalse();
	}

	@Test
	void aThresholdLeftEmptyIsTakenFromTheNextOneUp() {
		Thresholds commune = new Thresholds(5, null, null, null, null, null, null, null, null);
		Thresholds province = new Thresholds(2, 4, null, null, new BigDecimal("3.00"), null, null, null, null);
		Thresholds defaults = new Thresholds(3, 3, 30, 6, new BigDecimal("2.0"), 5, 3, 180, 180);

		Thresholds effective = commune.over(province).over(defaults);

		assertThat(effective).isEqualTo(new Thresholds(5, 4, 30, 6, new BigDecimal("3.00"), 5, 3, 180, 180));
	}
}
