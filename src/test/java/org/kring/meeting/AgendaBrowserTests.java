package org.kring.meeting;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.kring.meeting.internal.Meeting;
import org.kring.system.TestPrincipal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A member proposes themes on the agenda, another supports one, and the facilitator
 * declines one, merges a duplicate and schedules the supported theme onto an upcoming
 * meeting; the agenda links the theme to the meeting, whose page shows it. Every state of
 * the agenda passes axe.
 */
class AgendaBrowserTests extends MeetingBrowserTestSupport {

	private static final String THEME = "Rent allowances for newcomers";

	@Test
	void membersSetTheAgendaAndTheFacilitatorSchedulesATheme() {
		TestPrincipal farida = this.fixtures.member("Farida");
		TestPrincipal mila = this.fixtures.member("Mila");
		TestPrincipal noah = this.fixtures.member("Noah");
		UUID community = this.fixtures.community("MEMBERS_ONLY", farida, mila, noah);
		Meeting meeting = this.fixtures.meeting(community, farida, "March meeting");
		String agenda = "/communities/" + MeetingFixtures.slugOf(community) + "/agenda";

		Page proposer = signedIn(mila);
		this.browser.visit(proposer, "/communities/" + MeetingFixtures.slugOf(community));
		this.browser.click(proposer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Theme agenda")));
		assertThat(proposer.locator("main")).containsText("No theme has been proposed yet.");
		proposer.locator("#reason").fill("Landlords refuse the allowance.");
		proposer.locator("#link").fill("not a link");
		this.browser.click(proposeButton(proposer));
		assertThat(proposer.locator("#title-error")).hasText("Give the theme a title.");
		assertThat(proposer.locator("#link-error")).containsText("http:// or https://");
		assertThat(proposer.locator("#reason")).hasValue("Landlords refuse the allowance.");
		proposer.locator("#title").fill(THEME);
		proposer.locator("#link").fill("https://example.org/practice");
		this.browser.click(proposeButton(proposer));
		assertThat(proposer.getByRole(AriaRole.STATUS)).hasText("Your theme is on the agenda, with your support.");
		propose(proposer, "Rent support");
		propose(proposer, "Parking at the centre");

		Page supporter = signedIn(noah);
		this.browser.visit(supporter, agenda);
		this.browser
			.click(supporter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Support " + THEME)));
		assertThat(supporter.getByRole(AriaRole.STATUS)).hasText("You support the theme.");
		assertThat(supporter.locator("main ol li").first()).containsText("2 supporters");
		assertThat(supporter.locator("main ol li").first()).containsText(THEME);

		Page facilitator = signedIn(farida);
		this.browser.visit(facilitator, agenda);
		Locator parking = openDecisions(facilitator, "Parking at the centre");
		this.browser.click(button(parking, "Decline the theme"));
		parking = theme(facilitator, "Parking at the centre");
		assertThat(parking.locator(".error")).hasText("Say why the theme is declined.");
		parking.getByLabel("Reason for declining").fill("Outside our domain.");
		this.browser.click(button(parking, "Decline the theme"));
		assertThat(facilitator.getByRole(AriaRole.STATUS)).hasText("The theme was declined.");

		Locator duplicate = openDecisions(facilitator, "Rent support");
		duplicate.getByLabel("Duplicate of").selectOption(new SelectOption().setLabel(THEME));
		this.browser.click(button(duplicate, "Merge into this theme"));
		assertThat(facilitator.getByRole(AriaRole.STATUS)).hasText("The theme was merged, with its supporters.");

		Locator chosen = openDecisions(facilitator, THEME);
		chosen.getByLabel("Upcoming meeting").selectOption(meeting.id().toString());
		this.browser.click(button(chosen, "Schedule onto this meeting"));
		assertThat(facilitator.getByRole(AriaRole.STATUS)).hasText("The theme is scheduled onto the meeting.");
		assertThat(facilitator.locator("#planned-heading + ul")).containsText(THEME);
		assertThat(facilitator.locator("#settled-heading + ul")).containsText("Merged into “" + THEME + "”.");
		assertThat(facilitator.locator("#settled-heading + ul")).containsText("Outside our domain.");

		this.browser.visit(supporter, agenda);
		this.browser.click(supporter.locator("#planned-heading + ul")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("March meeting")));
		assertThat(supporter.locator("h1")).hasText("March meeting");
		assertThat(supporter.locator("dl.org-facts")).containsText(THEME);
	}

	private void propose(Page page, String title) {
		page.locator("#title").fill(title);
		this.browser.click(proposeButton(page));
	}

	private Locator openDecisions(Page page, String title) {
		Locator theme = theme(page, title);
		this.browser.click(theme.getByText("Schedule, merge or decline " + title));
		return theme;
	}

	private static Locator theme(Page page, String title) {
		return page.locator("main li")
			.filter(new Locator.FilterOptions()
				.setHas(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title).setExact(true))));
	}

	private static Locator button(Locator scope, String name) {
		return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name));
	}

	private static Locator proposeButton(Page page) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose the theme"));
	}

}
