package org.probity.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The pages name stages, fields and the rest through keys built at run time, which the shared check cannot see. */
class CaseMessagesTests {

	@Test
	void everyChoiceHasALabelInEveryBundle() throws IOException {
		List<Enum<?>[]> choices = List.of(Stage.values(), CaseField.values(), CaseKind.values(), Origin.values(),
				CustodyMeasure.values(), DefendantOutcome.values());
		List<String> prefixes = List.of("stage", "field", "kind", "origin", "custody", "outcome");
		for (String bundle : new String[] { "messages.properties", "messages_vi.properties" }) {
			Properties labels = new Properties();
			try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
				labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			for (int i = 0; i < choices.size(); i++) {
				for (Enum<?> choice : choices.get(i)) {
					assertThat(labels).as(bundle).containsKey("cases." + prefixes.get(i) + "." + choice.name());
				}
			}
		}
	}
}
