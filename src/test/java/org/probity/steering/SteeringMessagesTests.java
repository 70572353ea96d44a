package org.probity.steering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The pages name kinds, roles and states through keys built at run time, which the shared check cannot see. */
class SteeringMessagesTests {

	static final Map<String, Enum<?>[]> LABELLED = Map.of("steering.role.", MemberRole.values(),
			"steering.meetingKind.", MeetingKind.values(), "steering.assigneeKind.", AssigneeKind.values(),
			"steering.directionStatus.", DirectionStatus.values(), "steering.taskStatus.", TaskStatus.values(),
			"steering.origin.", TaskOrigin.values());

	@Test
	void everyEnumValueAndBuiltInMeasureHasALabelInEveryBundle() throws IOException {
		for (String bundle : new String[] { "messages.properties", "messages_vi.properties" }) {
			Properties labels = new Properties();
			try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
				labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			LABELLED.forEach((prefix, values) -> {
				for (Enum<?> value : values) {
					assertThat(labels).as(bundle).containsKey(prefix + value.name());
				}
			});
			for (String measure : new String[] { "MANUAL", "TASKS_DONE", "MEETINGS_HELD" }) {
				assertThat(labels).as(bundle).containsKey("steering.measure." + measure);
			}
		}
	}
}
