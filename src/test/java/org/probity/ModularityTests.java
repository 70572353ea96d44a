package org.probity;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	@Test
	void modulesOnlyUseEachOthersApis() {
		ApplicationModules.of(Probity.class).verify();
	}
}
