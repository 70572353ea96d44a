package org.probity.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FoldingTests {

	@Test
	void vietnameseNamesFoldToPlainLowerCaseWithSingleSpaces() {
		assertThat(Folding.fold("Trần Quốc Cường")).isEqualTo("tran quoc cuong");
		assertThat(Folding.fold("  ĐẶNG\t\tVăn   Tú \n")).isEqualTo("dang van tu");
		assertThat(Folding.fold("Nguye\u0302\u0303n Thi\u0323")).isEqualTo("nguyen thi");
		assertThat(Folding.fold(null)).isEmpty();
	}

	@Test
	void everyCharacterFoldsAsTheDefinitionSaysWhereverItStands() {
		for (char c = 0; c < 0x2100; c++) {
			for (String text : List.of(String.valueOf(c), "Ab" + c + "Ư x", " " + c + " ", "a " + c + "\u0301 b")) {
				assertThat(Folding.fold(text)).as("U+%04X in '%s'", (int) c, text).isEqualTo(Folding.slowly(text));
			}
		}
	}

	@Test
	void lettersBeyondTheLatinBlocksFoldAsTheDefinitionSays() {
		for (String text : List.of("ΟΔΟΣ Σ", "İstanbul", "Hà Nội 😀 x", "ﬁ ﬀ", "Ǆ ǅ ǆ", "a\u00A0b", "x\u001Cy\u001C")) {
			assertThat(Folding.fold(text)).as(text).isEqualTo(Folding.slowly(text));
		}
	}
}
