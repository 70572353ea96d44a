package org.probity.discipline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The pages name forms and target kinds through keys built at run time, which the shared check cannot see. */
class DisciplineMessagesTests {

	@Test
	void everyFormAndTargetKindHasALabelInEveryBundle() throws IOException {
		for (String bundle : new String[] { "messages.properties", "messages_vi.properties", "messages_ar.properties",
				"messages_pl.properties" }) {
			Properties labels = new Properties();
			try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
				labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			for (Form form : Form.values()) {
				assertThat(labels).as(bundle).containsKey("discipline.form." + form.name());
			}
			for (TargetKind kind : TargetKind.values()) {
				assertThat(labels).as(bundle).containsKey("discipline.target." + kind.name());
			}
		}
	}
}
