package org.probity.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright, headless, never downloading a browser. Tests using it skip with a clear
 * message only when no Chromium is installed (CI installs it).
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PROBITY_CHROMIUM", "/usr/bin/chromium"));

	static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser chromium;

	private Browser() {
		playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		chromium = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
	}

	static Browser launch() {
		assumeTrue(Files.isExecutable(CHROMIUM), "No Chromium at " + CHROMIUM + "; browser tests skipped (apt-get install chromium)");
		return new Browser();
	}

	/** A fresh browser profile: its own cookies, as a separate person at a separate desk. */
	Page newPage() {
		return chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en-GB")).newPage();
	}

	static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	@Override
	public void close() {
		chromium.close();
		playwright.close();
	}
}
