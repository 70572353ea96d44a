package org.probity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * axe-core (WCAG 2.1 A and AA rules) over every page the navigation reaches, the record pages behind them and the
 * public pages, in English and in Arabic: no serious or critical violation. And the main flow works by keyboard.
 */
class AccessibilityTests extends AtTheDesk {

	private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	@Test
	void everyMainPageHasNoSeriousOrCriticalViolationInEnglishOrArabic() {
		Page page = desk.signInAsAdmin();
		Set<String> paths = new LinkedHashSet<>(List.of("/"));
		page.navigate(desk.url("/?lang=en"));
		for (Object href : (List<?>) page.evalOnSelectorAll("header nav a", "links => links.map(a => a.getAttribute('href'))")) {
			String path = String.valueOf(href);
			if (path.startsWith("/") && !path.startsWith("/swagger")) {
				paths.add(path);
			}
		}
		paths.addAll(desk.recordPages());
		assertThat(paths).hasSizeGreaterThan(15);
		List<String> violations = new ArrayList<>();
		for (String path : paths) {
			violations.addAll(audit(page, path, "en"));
		}
		for (String path : List.of("/", "/petitions", "/petitions/new", "/reports", "/search?q=dat")) {
			violations.addAll(audit(page, path, "ar"));
		}
		Page citizen = browser.newPage();
		for (String path : List.of("/login", "/portal", "/portal/follow")) {
			violations.addAll(audit(citizen, path, "en"));
			violations.addAll(audit(citizen, path, "vi"));
		}
		assertThat(violations).as("serious or critical axe-core violations").isEmpty();
	}

	@Test
	void anOfficerSignsInAndRegistersAPetitionWithTheKeyboardAlone() {
		Page page = browser.newPage();
		page.navigate(desk.url("/login?lang=en"));
		Keyboard keys = page.keyboard();
		assertThat(focused(page)).as("the sign-in form takes the focus").isEqualTo("username");
		keys.type(desk.officer());
		keys.press("Tab");
		keys.type(Desk.PASSWORD);
		keys.press("Enter");
		page.waitForURL(desk.url("/"));

		page.navigate(desk.url("/petitions/new?lang=en"));
		keys.press("Tab");
		assertThat(page.evaluate("document.activeElement.className")).as("the first stop skips to the content")
			.isEqualTo("skip");
		keys.press("Enter");
		tabTo(page, "receivedBy");
		keys.press("Control+A");
		keys.type(desk.province.communeA());
		tabTo(page, "anonymous");
		keys.press("Space");
		tabTo(page, "content");
		keys.type("Khiếu nại việc thu hồi đất không bồi thường thỏa đáng");
		keys.press("Tab");
		assertThat(page.evaluate("document.activeElement.type")).as("the next stop is the submit button")
			.isEqualTo("submit");
		keys.press("Enter");
		page.waitForURL(url -> url.matches(".*/petitions/\\d+.*"));
		Browser.screenshot(page, "a11y-registered-by-keyboard");
		assertThat(page.textContent("main")).contains("Khiếu nại việc thu hồi đất");
	}

	/** Presses Tab until the field has the focus, as a keyboard user would; fails when it is never reached. */
	private static void tabTo(Page page, String id) {
		for (int i = 0; i < 80 && !id.equals(focused(page)); i++) {
			page.keyboard().press("Tab");
		}
		assertThat(focused(page)).as("reached #" + id + " by Tab").isEqualTo(id);
	}

	private static String focused(Page page) {
		return String.valueOf(page.evaluate("document.activeElement.id"));
	}

	private List<String> audit(Page page, String path, String language) {
		page.navigate(desk.url(path + (path.contains("?") ? "&" : "?") + "lang=" + language));
		Browser.screenshot(page, "a11y-" + language + path.replaceAll("[^A-Za-z0-9]+", "-"));
		List<String> found = new ArrayList<>();
		for (Rule rule : new AxeBuilder(page).withTags(WCAG).analyze().getViolations()) {
			if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
				found.add(language + " " + path + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp()
						+ " at " + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList());
			}
		}
		return found;
	}
}
