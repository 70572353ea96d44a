package org.probity.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A running server with a {@link Desk} of records and one Chromium for the whole class. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AtTheDesk {

	@LocalServerPort
	int port;

	Browser browser;

	Desk desk;

	@BeforeAll
	void launch() throws Exception {
		browser = Browser.launch();
		desk = new Desk(browser, port).withRecords();
	}

	@AfterAll
	void close() {
		if (browser != null) {
			browser.close();
		}
	}
}
