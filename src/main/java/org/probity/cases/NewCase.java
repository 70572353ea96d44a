package org.probity.cases;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A case as it is opened. {@code reference} may be null (one is given, such as {@code VA-2024-0007});
 * {@code originActivity} is the oversight activity's ref for an inspection referral, {@code originPetition} the
 * petition's id for a petition; {@code damage} may be null until it is assessed.
 */
public record NewCase(String reference, CaseKind kind, String title, String summary, String unitCode,
		CaseField field, String agencies, LocalDate detectedOn, BigDecimal damage, Origin origin,
		String originActivity, Long originPetition) {
}
