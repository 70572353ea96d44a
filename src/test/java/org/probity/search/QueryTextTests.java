package org.probity.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryTextTests {

	@Test
	void plainWordsForgiveATypoFromFiveLettersOn() {
		assertThat(QueryText.words("  tham   nhung đất ")).containsExactly("tham", "nhung", "đất");
		assertThat(QueryText.forgiving("nhũng")).isTrue();
		assertThat(QueryText.forgiving("trai")).isFalse();
	}

	@Test
	void queriesWithSyntaxAreTakenAsWritten() {
		assertThat(QueryText.words("\"dat dai\" tham")).isNull();
		assertThat(QueryText.words("nhun*")).isNull();
		assertThat(QueryText.words("tham -nhung")).isNull();
		assertThat(QueryText.words("' ; ,")).isNull();
	}
}
