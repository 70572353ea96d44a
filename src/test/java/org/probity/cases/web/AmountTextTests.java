package org.probity.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.probity.shared.InvalidField;

class AmountTextTests {

	@Test
	void readsVndAsVietnameseAndEnglishReadersTypeIt() {
		assertThat(AmountText.parse("amount", "1500000")).isEqualTo(new BigDecimal("1500000"));
		assertThat(AmountText.parse("amount", "1.500.000")).isEqualTo(new BigDecimal("1500000"));
		assertThat(AmountText.parse("amount", "1,500,000")).isEqualTo(new BigDecimal("1500000"));
		assertThat(AmountText.parse("amount", "1 234 567 890 123")).isEqualTo(new BigDecimal("1234567890123"));
		assertThat(AmountText.parse("amount", "1.234.567,50")).isEqualTo(new BigDecimal("1234567.50"));
		assertThat(AmountText.parse("amount", "1,234,567.5")).isEqualTo(new BigDecimal("1234567.5"));
		assertThat(AmountText.parse("amount", "0.1")).isEqualTo(new BigDecimal("0.1"));
		assertThat(AmountText.parse("amount", "1500,25")).isEqualTo(new BigDecimal("1500.25"));
		assertThat(AmountText.parse("amount", "  ")).isNull();
	}

	@Test
	void refusesWhatIsNotAnAmountNamingTheField() {
		for (String typed : new String[] { "-5", "1.2.3,4.5", "abc", "1,500,00", "1e9", "1.500.000.25" }) {
			assertThatThrownBy(() -> AmountText.parse("damage", typed)).as(typed)
				.isInstanceOfSatisfying(InvalidField.class, invalid -> assertThat(invalid.field()).isEqualTo("damage"));
		}
	}
}
