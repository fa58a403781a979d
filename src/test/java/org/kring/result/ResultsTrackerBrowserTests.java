package org.kring.result;

import java.time.Instant;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.internal.Meeting;
import org.kring.result.internal.FollowUpOutcome;
import org.kring.result.internal.Origin;
import org.kring.result.internal.Signal;
import org.kring.system.TestPrincipal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A visitor opens the results tracker from the main navigation, sees the counts per
 * state, filters by community and state, and follows a signal's trail to the meeting it
 * came from. Every page passes axe.
 */
class ResultsTrackerBrowserTests extends ResultBrowserTestSupport {

	@Test
	void aVisitorFiltersTheTrackerAndFollowsASignalsTrail() {
		TestPrincipal farida = this.fixtures.member("Farida");
		UUID community = this.fixtures.community("PUBLIC", farida);
		UUID other = this.fixtures.community("PUBLIC", farida);
		UUID closed = this.fixtures.community("MEMBERS_ONLY", farida);
		Meeting meeting = this.fixtures.meeting(community, farida, "March meeting");
		SignalSteps steps = new SignalSteps(this.signals, this.results);
		steps.send(this.results.draftSignal(community, farida, "Longer opening hours"), farida, Instant.now());
		Signal answered = steps.send(
				this.results.draftSignal(community, farida, "Interpreters at the counter",
						new Origin(meeting.id(), null, "Language at the counter", UUID.randomUUID()), null),
				farida, Instant.now());
		answered = steps.answer(answered, "We will hire two interpreters.", Instant.now());
		Signal followedUp = steps.answer(steps
			.send(this.results.draftSignal(community, farida, "Forms in plain language"), farida, Instant.now()),
				"Agreed.", Instant.now());
		steps.followUp(followedUp, FollowUpOutcome.IMPLEMENTED, null, Instant.now());
		steps.send(this.results.draftSignal(other, farida, "Of another network"), farida, Instant.now());
		steps.send(this.results.draftSignal(closed, farida, "Members only signal"), farida, Instant.now());
		this.results.draftSignal(community, farida, "Still a draft");
		String name = this.jdbc.queryForObject("select name from community where id = ?", String.class, community);

		Page visitor = this.browser.newPage((options) -> options.setLocale("en"));
		this.browser.visit(visitor, "/");
		this.browser.click(visitor.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Results")));
		assertThat(visitor.locator("h1")).hasText("Results tracker");
		assertThat(visitor.locator("main")).containsText("Interpreters at the counter");
		assertThat(visitor.locator("main")).not().containsText("Members only signal");
		assertThat(visitor.locator("main")).not().containsText("Still a draft");

		visitor.getByLabel("Community", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setLabel(name));
		this.browser.click(visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")));
		assertThat(visitor.locator("#found-heading")).hasText("3 results");
		assertThat(visitor.locator("main")).not().containsText("Of another network");
		Locator counts = visitor.locator("ul[aria-labelledby=counts-heading]");
		assertThat(counts).containsText("Sent 1");
		assertThat(counts).containsText("Answered 1");
		assertThat(counts).containsText("Followed up 1");

		visitor.getByLabel("State", new Page.GetByLabelOptions().setExact(true)).selectOption("ANSWERED");
		this.browser.click(visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")));
		assertThat(visitor.locator("#found-heading")).hasText("One result");
		assertThat(visitor.locator("#community")).hasValue(MeetingFixtures.slugOf(community));
		Locator row = visitor.locator("main li.card");
		assertThat(row).hasCount(1);
		assertThat(row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Interpreters at the counter")))
			.hasAttribute("href", "/signals/" + answered.id());
		assertThat(row).containsText("Language at the counter");
		assertThat(row).containsText("We will hire two interpreters.");

		this.browser.click(counts.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Followed up 1")));
		assertThat(visitor.locator("main li.card")).containsText("Forms in plain language");
		assertThat(visitor.locator("main li.card")).containsText("Implemented");

		this.browser.click(counts.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Answered 1")));
		this.browser.click(visitor.locator("main li.card")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("March meeting")));
		assertThat(visitor.locator("h1")).hasText("March meeting");
	}

}
