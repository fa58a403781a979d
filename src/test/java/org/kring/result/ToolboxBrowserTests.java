package org.kring.result;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.kring.meeting.MeetingFixtures;
import org.kring.result.internal.Signal;
import org.kring.result.internal.SignalState;
import org.kring.system.TestPrincipal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A facilitator adds a tool with two links to the toolbox (after a refused link) and
 * finds it by searching; then writes a legislation test and turns it into a draft signal
 * to a municipality. The lists and forms pass axe.
 */
class ToolboxBrowserTests extends ResultBrowserTestSupport {

	@Test
	void aFacilitatorFillsTheToolboxAndTurnsALegislationTestIntoASignal() {
		TestPrincipal farida = this.fixtures.member("Farida");
		UUID community = this.fixtures.community("PUBLIC", farida);
		UUID city = this.results.authority("City of Ghent", "MUNICIPALITY");
		String slug = MeetingFixtures.slugOf(community);
		Page page = signedIn(farida);

		this.browser.visit(page, "/communities/" + slug + "/tools");
		assertThat(page.locator("main")).containsText("The toolbox is still empty.");
		this.browser.click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a tool")));
		page.locator("#title").fill("Rent checklist");
		page.locator("#description").fill("Ask **the landlord** for the guarantee papers.");
		page.locator("#linkLabel-0").fill("Checklist (PDF)");
		page.locator("#linkUrl-0").fill("javascript:alert(1)");
		page.locator("#linkLabel-1").fill("Map of services");
		page.locator("#linkUrl-1").fill("https://example.org/map");
		this.browser.click(button(page, "Add the tool"));
		assertThat(page.locator("#linkUrl-0-error")).containsText("http:// or https://");
		assertThat(page.locator("#description")).hasValue("Ask **the landlord** for the guarantee papers.");
		page.locator("#linkUrl-0").fill("https://example.org/checklist.pdf");
		this.browser.click(button(page, "Add the tool"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The tool is in the toolbox.");

		page.locator("#q").fill("LANDLORD");
		this.browser.click(button(page, "Search"));
		Locator found = page.locator("main ul.toolbox > li");
		assertThat(found).hasCount(1);
		assertThat(found.locator("h2")).hasText("Rent checklist");
		assertThat(found.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Checklist (PDF)")))
			.hasAttribute("href", "https://example.org/checklist.pdf");
		assertThat(found.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Map of services")))
			.hasAttribute("rel", "noopener nofollow");

		this.browser.visit(page, "/communities/" + slug + "/legislation-tests");
		assertThat(page.locator("main")).containsText("No legislation has been tested yet.");
		this.browser
			.click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a legislation test")));
		page.locator("#ruleTested").fill("Art. 57 OCMW-wet");
		page.locator("#title").fill("Emergency aid is refused at the counter");
		page.locator("#finding").fill("Counters ask for papers the law does not require.");
		page.locator("#recommendation").fill("Train the counter staff.");
		this.browser.click(button(page, "Add to the register"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The legislation test is in the register.");
		assertThat(page.locator("h1")).hasText("Emergency aid is refused at the counter");
		String entry = page.url();

		this.browser.click(button(page, "Make a draft signal"));
		assertThat(page.locator("#authority-error")).containsText("Choose the authority");
		page.getByLabel("Authority").selectOption(city.toString());
		this.browser.click(button(page, "Make a draft signal"));
		page.waitForURL("**/signals/*");

		Signal signal = this.signals.findAll()
			.stream()
			.filter((candidate) -> candidate.communityId().equals(community))
			.findFirst()
			.orElseThrow();
		assertThat(page.url()).endsWith("/signals/" + signal.id());
		assertThat(signal.state()).isEqualTo(SignalState.DRAFT);
		assertThat(signal.title()).isEqualTo("Emergency aid is refused at the counter");
		assertThat(signal.authority().organisationId()).isEqualTo(city);
		assertThat(signal.ask()).isEqualTo("Train the counter staff.");
		assertThat(page.locator("h1")).hasText("Emergency aid is refused at the counter");

		this.browser.visit(page, entry.substring(entry.indexOf("/legislation-tests/")));
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See the signal it became")))
			.hasAttribute("href", "/signals/" + signal.id());
		this.browser.visit(page, "/communities/" + slug + "/legislation-tests");
		assertThat(page.locator("main ul.legislation > li")).hasCount(1);
	}

}
