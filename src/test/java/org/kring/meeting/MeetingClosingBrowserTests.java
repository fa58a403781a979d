package org.kring.meeting;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.kring.meeting.closing.ClosingFixtures;
import org.kring.meeting.internal.Meeting;
import org.kring.system.TestPrincipal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A facilitator opens a meeting that started, tries to close it without a product and is
 * told so with the minutes kept, then closes it with a joint signal and an action
 * proposal; the meeting page shows the minutes rendered, without the script they held,
 * and both products. Every page passes axe, the form with its errors too.
 */
class MeetingClosingBrowserTests extends MeetingBrowserTestSupport {

	@Test
	void aFacilitatorClosesAMeetingWithAJointSignalAndAnActionProposal() {
		TestPrincipal farida = this.fixtures.member("Farida");
		TestPrincipal milan = this.fixtures.member("Milan");
		UUID community = this.fixtures.community("MEMBERS_ONLY", farida, milan);
		Meeting meeting = this.fixtures.meeting(community, farida,
				ClosingFixtures.started("Rent allowances in practice", false));
		ClosingFixtures.registrations(this.jdbc, meeting.id(), 4, 3, 1);
		String minutes = "We **agreed** on a signal.\n\n<script>window.pwned = true</script>\n\n- first point";

		Page page = this.browser.newPage((options) -> options.setLocale("en"));
		logIn(page, this.fixtures.emailOf(farida));
		this.browser.visit(page, "/meetings/" + meeting.id());
		this.browser.click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Close this meeting")));
		assertThat(page.locator("h1")).hasText("Close the meeting: Rent allowances in practice");
		assertThat(page.locator("main")).containsText("3 of 4 registered people attended; 1 walk-ins.");
		page.locator("#minutes").fill(minutes);
		this.browser.click(closeButton(page));
		assertThat(page.locator("#products-error"))
			.hasText("Add at least one product: a tool, a joint signal, an action proposal or a legislation test.");
		assertThat(page.locator("#minutes")).hasValue(minutes);

		page.locator("#kind-0").selectOption("JOINT_SIGNAL");
		page.locator("#title-0").fill("Signal on waiting times");
		page.locator("#authority-0").fill("City of Gent, social services");
		page.locator("#kind-1").selectOption("ACTION_PROPOSAL");
		page.locator("#title-1").fill("Visit the office together");
		page.locator("#description-1").fill("Three members go along in March.");
		this.browser.click(closeButton(page));

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The meeting was closed with its minutes and products.");
		assertThat(page.locator(".minutes strong")).hasText("agreed");
		assertThat(page.locator(".minutes li")).hasText("first point");
		assertThat(page.locator("main script")).hasCount(0);
		assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
		assertThat(page.locator(".products li")).hasCount(2);
		assertThat(page.locator(".products li").nth(0)).containsText("Joint signal");
		assertThat(page.locator(".products li").nth(0)).containsText("City of Gent, social services");
		assertThat(page.locator(".products li").nth(1)).containsText("Action proposal");
		assertThat(page.locator(".products li").nth(1)).containsText("Three members go along in March.");

		Page member = this.browser.newPage((options) -> options.setLocale("en"));
		logIn(member, this.fixtures.emailOf(milan));
		this.browser.visit(member, "/meetings/" + meeting.id());
		assertThat(member.locator(".products li")).hasCount(2);
		assertThat(member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Close this meeting")))
			.hasCount(0);
	}

	private static com.microsoft.playwright.Locator closeButton(Page page) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close the meeting").setExact(true));
	}

	private void logIn(Page page, String email) {
		this.browser.visit(page, "/login");
		page.locator("#email").fill(email);
		page.locator("#password").fill(MeetingFixtures.PASSWORD);
		this.browser.click(page.locator("main form[action='/login'] [type=submit]"));
	}

}
