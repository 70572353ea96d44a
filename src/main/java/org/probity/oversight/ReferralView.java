package org.probity.oversight;

import java.time.LocalDate;

/** A case referred to an investigation agency. */
public record ReferralView(LocalDate referredOn, String agency, String note) {
}
