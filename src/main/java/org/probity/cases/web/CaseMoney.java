package org.probity.cases.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Writes VND for the pages in the reader's language ({@code 1,234,567} in English, {@code 1.234.567} in
 * Vietnamese), exactly: decimals only when there are any. Templates call it as {@code @caseMoney.format(…)}.
 */
@Component("caseMoney")
public class CaseMoney {

	public String format(BigDecimal amount, Locale locale) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		int decimals = amount.stripTrailingZeros().scale() > 0 ? 2 : 0;
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		return format.format(amount);
	}
}
