package org.kring.community;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.kring.account.AccountManagement;
import org.kring.account.InstanceRole;
import org.kring.browser.BrowserTestSupport;
import org.kring.browser.TestMail;
import org.kring.community.internal.Communities;
import org.kring.community.internal.Community;
import org.kring.community.internal.CommunityDescription;
import org.kring.community.internal.Memberships;
import org.kring.community.internal.TestCommunities;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the membership journeys share: people and communities made through the account and
 * community modules (the community pages are another part's work), and logging in.
 */
abstract class MembershipBrowsing extends BrowserTestSupport {

	static final String PASSWORD = "willow kettle morning 63";

	@Autowired
	AccountManagement accounts;

	@Autowired
	Communities communities;

	@Autowired
	Memberships memberships;

	String person(String name) {
		String email = TestMail.newAddress(name.toLowerCase());
		this.accounts.createVerified(name, email, PASSWORD, null, InstanceRole.MEMBER);
		return email;
	}

	String coordinator(String name) {
		String email = TestMail.newAddress(name.toLowerCase());
		this.accounts.createVerified(name, email, PASSWORD, null, InstanceRole.COORDINATOR);
		return email;
	}

	Community communityFacilitatedBy(String facilitatorEmail, JoinPolicy policy) {
		UUID facilitator = this.accounts.findByEmail(facilitatorEmail).orElseThrow().id();
		CommunityDescription d = TestCommunities.description("j-" + UUID.randomUUID().toString().substring(0, 12),
				Visibility.MEMBERS_ONLY);
		Community community = this.communities
			.save(Community.found(new CommunityDescription(d.slug(), CommunityKind.LEARNING_NETWORK, d.visibility(),
					policy, "en", "Learning network " + d.slug(), d.domain(), d.practice(), d.themes(), d.places(),
					d.languages(), Map.of()), facilitator, Instant.now()));
		this.memberships.save(community.admit(facilitator, CommunityRole.FACILITATOR, Instant.now()));
		return community;
	}

	Page englishPage() {
		return this.browser.newPage((options) -> options.setLocale("en"));
	}

	void logIn(Page page, String email) {
		this.browser.visit(page, "/login");
		page.locator("#email").fill(email);
		page.locator("#password").fill(PASSWORD);
		this.browser.click(page.locator("main form[action='/login'] [type=submit]"));
	}

	static Locator button(Page page, String name) {
		return page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name));
	}

}
