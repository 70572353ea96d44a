package org.probity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

/** What officers do at their desks, in the browser: register and find again, import a file and read its errors. */
class DeskFlowsTests extends AtTheDesk {

	@Test
	void aRegisteredPetitionIsFoundFromTheSearchBoxWithoutDiacritics() {
		String marker = "quylavent" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		Page page = desk.signIn(desk.officer(), Desk.PASSWORD);
		page.navigate(desk.url("/petitions/new?lang=en"));
		page.fill("#receivedBy", desk.province.communeA());
		page.check("#anonymous");
		page.fill("#content", "Phản ánh lãng phí ngân sách xây nhà văn hóa thôn " + marker);
		page.click("main form button[type=submit]");
		page.waitForURL(url -> url.matches(".*/petitions/\\d+.*"));
		String reference = page.textContent("h1").strip();

		page.fill("header input[type=search]", "lang phi ngan sach " + marker);
		page.press("header input[type=search]", "Enter");
		page.waitForURL(url -> url.contains("/search"));
		Browser.screenshot(page, "flow-search-found");
		assertThat(page.textContent("main")).contains(reference);
		assertThat(page.innerHTML("main")).contains("<mark>");
		page.click("main a:has-text('" + reference + "')");
		assertThat(page.textContent("h1").strip()).isEqualTo(reference);
	}

	@Test
	void aFileWithABadRowImportsNothingAndThePageNamesTheRow() {
		Page page = desk.signInAsAdmin();
		page.navigate(desk.url("/imports?lang=en"));
		String unit = desk.province.code() + "-NEW";
		String csv = "code,name,kind,parent_code,valid_from,valid_to\n" + unit + "1,Xã Mới Một,COMMUNE," + desk.province.code()
				+ ",2025-07-01,\n" + unit + "2,Xã Mới Hai,VILLAGE," + desk.province.code() + ",2025-07-01,\n";
		page.selectOption("#dataset", "units");
		page.setInputFiles("#file", new FilePayload("units.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		page.click("#upload button[type=submit]");
		page.waitForSelector("#job [role=alert]");
		Browser.screenshot(page, "flow-import-rejected");
		assertThat(page.textContent("#job table")).contains("3").contains("kind").contains("VILLAGE");

		page.navigate(desk.url("/units/" + unit + "1?lang=en"));
		assertThat(page.textContent("main")).doesNotContain("Xã Mới Một");
	}
}
