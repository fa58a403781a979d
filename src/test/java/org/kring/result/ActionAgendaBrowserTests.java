package org.kring.result;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.kring.meeting.MeetingFixtures;
import org.kring.system.TestPrincipal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A facilitator puts an action on the community's agenda with a member as its owner; the
 * owner posts two progress updates, one refused first for its percentage, and marks the
 * action done; the agenda shows it done. Saving the form after someone else's change
 * shows their change and keeps the text typed. The agenda, the form and the action's page
 * pass axe in each state.
 */
class ActionAgendaBrowserTests extends ResultBrowserTestSupport {

	private static final String TITLE = "Map the rent offices";

	@Test
	void anOwnerReportsProgressOnAnActionAndMarksItDone() {
		TestPrincipal farida = this.fixtures.member("Farida");
		TestPrincipal owen = this.fixtures.member("Owen");
		UUID community = this.fixtures.community("MEMBERS_ONLY", farida, owen);
		String agenda = "/communities/" + MeetingFixtures.slugOf(community) + "/actions";

		Page facilitator = signedIn(farida);
		this.browser.visit(facilitator, agenda);
		assertThat(facilitator.locator("main")).containsText("There is no action on this year’s agenda yet.");
		this.browser.click(facilitator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New action")));
		facilitator.locator("#dueOn").fill(LocalDate.now().minusDays(1).toString());
		facilitator.getByLabel("Owen").check();
		this.browser.click(button(facilitator, "Put the action on the agenda"));
		assertThat(facilitator.locator("#title-error")).hasText("Give the action a title.");
		assertThat(facilitator.getByLabel("Owen")).isChecked();
		facilitator.locator("#title").fill(TITLE);
		this.browser.click(button(facilitator, "Put the action on the agenda"));
		assertThat(facilitator.locator("#dueOn-error")).containsText("cannot come before");
		assertThat(facilitator.locator("#title")).hasValue(TITLE);
		facilitator.locator("#description").fill("Every office where newcomers ask for rent support.");
		facilitator.locator("#dueOn").fill(LocalDate.now().plusMonths(2).toString());
		this.browser.click(button(facilitator, "Put the action on the agenda"));
		assertThat(facilitator.getByRole(AriaRole.STATUS)).hasText("The action is on the agenda.");
		assertThat(facilitator.locator("h1")).hasText(TITLE);
		String action = facilitator.url();

		Page owner = signedIn(owen);
		this.browser.visit(owner, agenda);
		this.browser.click(owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE)));
		owner.locator("#text").fill("Visited the first two offices.");
		owner.locator("#percentage").fill("140");
		this.browser.click(button(owner, "Post the update"));
		assertThat(owner.locator("#percentage-error")).hasText("Give the progress as a whole number from 0 to 100.");
		assertThat(owner.locator("#text")).hasValue("Visited the first two offices.");
		owner.locator("#percentage").fill("40");
		this.browser.click(button(owner, "Post the update"));
		assertThat(owner.getByRole(AriaRole.STATUS)).hasText("Your progress update was posted.");
		assertThat(owner.locator("main")).containsText("In progress");
		owner.locator("#text").fill("All offices are on the map.");
		owner.locator("#percentage").fill("100");
		this.browser.click(button(owner, "Post the update"));
		assertThat(owner.locator("#updates-heading + ol li").first()).containsText("All offices are on the map.");
		assertThat(owner.locator("#updates-heading + ol li")).hasCount(2);
		this.browser.click(button(owner, "Mark as done"));
		assertThat(owner.getByRole(AriaRole.STATUS)).hasText("The action is marked as done.");
		assertThat(owner.locator("main")).not().containsText("Post the update");

		this.browser.visit(facilitator, agenda);
		Locator card = facilitator.locator("main li.card").filter(new Locator.FilterOptions().setHasText(TITLE));
		assertThat(card).containsText("Done");
		assertThat(card).containsText("Owen");
		assertThat(card.locator("progress")).hasAttribute("value", "100");
		assertThat(facilitator.locator("main")).containsText("Done: 1");
		this.browser.visit(facilitator, action.substring(action.indexOf("/actions/")) + "/edit");
		assertThat(facilitator.locator("#title")).hasValue(TITLE);
		this.jdbc.update("update result_action set title = ?, version = version + 1 where community_id = ?",
				"Map the rent offices of Ghent", community);
		facilitator.locator("#title").fill("Map every rent office");
		this.browser.click(button(facilitator, "Save the action"));
		assertThat(facilitator.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Someone changed this action while you were editing")))
			.isVisible();
		assertThat(facilitator.locator("main dl").last()).containsText("Map the rent offices of Ghent");
		assertThat(facilitator.locator("#title")).hasValue("Map every rent office");
	}

}
