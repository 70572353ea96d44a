package org.probity.integrity;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Default thresholds of the signals (a unit may override them for its subtree) and when the daily sweep runs. */
@ConfigurationProperties("probity.signals")
record SignalSettings(int repeatCount, int repeatYears, int surgeWindowDays, int surgeWindows,
		BigDecimal surgeFactor, int surgeMinimum, int uninspectedYears, int statuteWarningDays, int stuckDays,
		String sweepCron) {

	Thresholds defaults() {
		return new Thresholds(repeatCount, repeatYears, surgeWindowDays, surgeWindows, surgeFactor, surgeMinimum,
				uninspectedYears, statuteWarningDays, stuckDays);
	}
}
