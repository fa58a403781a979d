package org.kring.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.kring.browser.BrowserSession;
import org.kring.expertise.Availability;
import org.kring.expertise.ExpertProfile;
import org.kring.expertise.ExpertProfiles;
import org.kring.expertise.FieldExperience;
import org.kring.expertise.ProfileVisibility;
import org.kring.meeting.MeetingFixtures;
import org.kring.system.TestPrincipal;

import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Steps of a practice's evaluation that several browser journeys take: making members
 * experts of {@link PracticeFixtures#FIELD} so the reviewers' page suggests them, and a
 * reviewer scoring every criterion on the review page. Call {@link #deleteExperts()}
 * after each test.
 */
final class EvaluationSteps {

	private final BrowserSession browser;

	private final JdbcTemplate jdbc;

	private final MeetingFixtures fixtures;

	private final ExpertProfiles profiles;

	private final Function<TestPrincipal, Page> signedIn;

	private final List<UUID> experts = new ArrayList<>();

	EvaluationSteps(BrowserSession browser, JdbcTemplate jdbc, MeetingFixtures fixtures, ExpertProfiles profiles,
			Function<TestPrincipal, Page> signedIn) {
		this.browser = browser;
		this.jdbc = jdbc;
		this.fixtures = fixtures;
		this.profiles = profiles;
		this.signedIn = signedIn;
	}

	/**
	 * A member with a profile as a reviewer in the practices' field, seen by
	 * coordinators.
	 */
	TestPrincipal expert(String name, int years) {
		TestPrincipal person = this.fixtures.member(name);
		this.experts.add(person.id());
		this.profiles.save(new ExpertProfile(person.id(), null, null, ProfileVisibility.COORDINATORS,
				List.of(new FieldExperience(PracticeFixtures.FIELD, years, null)), List.of(), List.of("en"),
				List.of("BE"), Set.of(Availability.REVIEWER)));
		return person;
	}

	/**
	 * The reviewer opens the practice from their reviews and hands in the same score with
	 * a justification for every criterion; when told to forget one, they first hand it in
	 * without the last justification and see that it is asked for, their scores kept.
	 */
	void score(TestPrincipal reviewer, String practiceTitle, int score, boolean forgetOne) {
		Page page = this.signedIn.apply(reviewer);
		this.browser.visit(page, "/practices/reviews");
		this.browser.click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(practiceTitle)));
		List<UUID> criteria = this.jdbc
			.queryForList("select id from practice_criterion where retired = false order by position", UUID.class);
		String name = reviewer.displayName().split(" ")[0];
		for (UUID criterion : criteria) {
			page.locator("input[name='score-" + criterion + "'][value='" + score + "']").check();
			page.locator("#justification-" + criterion).fill(name + "'s reasons.");
		}
		if (forgetOne) {
			page.locator("#justification-" + criteria.getLast()).fill("");
			this.browser.click(handIn(page));
			assertThat(page.locator("#justification-" + criteria.getLast() + "-error"))
				.hasText("Say why you give this score.");
			assertThat(page.locator("input[name='score-" + criteria.getFirst() + "'][value='" + score + "']"))
				.isChecked();
			page.locator("#justification-" + criteria.getLast()).fill(name + "'s reasons.");
		}
		this.browser.click(handIn(page));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your review is handed in. Thank you.");
	}

	void deleteExperts() {
		this.experts.forEach((id) -> this.jdbc.update("delete from expertise_profile where person_id = ?", id));
		this.experts.clear();
	}

	private static com.microsoft.playwright.Locator handIn(Page page) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hand in the review"));
	}

}
