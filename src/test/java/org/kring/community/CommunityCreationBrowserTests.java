package org.kring.community;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kring.browser.BrowserTestSupport;
import org.kring.browser.TestMail;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator starts a learning network in a real browser: a missing name is told next
 * to the field with everything else kept, and once saved they see the network's page as
 * its facilitator. Every page passes axe.
 */
class CommunityCreationBrowserTests extends BrowserTestSupport {

	private static final String PASSWORD = "amber harbour lantern 42";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	private final String slug = CommunityFixtures.slug("leernetwerk");

	@AfterEach
	void deleteCommunity() {
		this.jdbc.update("delete from community where slug = ?", this.slug);
	}

	@Test
	void aCoordinatorStartsALearningNetworkAndFacilitatesIt() {
		String email = coordinator("Joke Coördinator");
		Page page = this.browser.newPage((options) -> options.setLocale("en"));
		logIn(page, email);

		this.browser.visit(page, "/communities");
		this.browser.click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start a community")));
		assertThat(page.locator("h1")).hasText("Start a community");

		page.locator("#slug").fill(this.slug);
		page.getByLabel("Learning network").check();
		page.locator("#domain").fill("Volunteers who support people without legal residence.");
		page.locator("#practice").fill("A making session every second month.");
		page.locator("#themes").fill("health care, housing");
		page.locator("#places").fill("BE Oost-Vlaanderen\nBE West-Vlaanderen");
		page.locator("#languages").fill("nl, fr");
		page.getByLabel("On approval: people apply, a facilitator decides").check();
		page.locator("#translation-nl-name").fill("Leernetwerk zonder papieren");

		Response missingName = submit(page,
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the community")));
		assertThat(missingName.status()).isEqualTo(422);
		assertThat(page.locator("#name-error")).hasText("Enter the community’s name.");
		assertThat(page.locator("#name")).hasAttribute("aria-invalid", "true");
		assertThat(page.locator("#slug")).hasValue(this.slug);
		assertThat(page.locator("#domain")).hasValue("Volunteers who support people without legal residence.");
		assertThat(page.locator("#places")).hasValue("BE Oost-Vlaanderen\nBE West-Vlaanderen");
		assertThat(page.getByLabel("Learning network")).isChecked();
		assertThat(page.getByLabel("On approval: people apply, a facilitator decides")).isChecked();
		assertThat(page.locator("#translation-nl-name")).hasValue("Leernetwerk zonder papieren");

		page.locator("#name").fill("Learning network without papers");
		submit(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the community")));
		assertThat(page).hasURL(this.browser.origin() + "/communities/" + this.slug);
		assertThat(page.locator("h1")).hasText("Learning network without papers");
		assertThat(page.locator("main .notice")).hasText("The community has started. You are its facilitator.");
		assertThat(page.locator(".community-facts")).containsText("Joke Coördinator");
		assertThat(page.locator(".community-facts")).containsText("West-Vlaanderen");
		assertThat(page.locator("#join-heading ~ p").first())
			.hasText("You are a member of this community, as Facilitator.");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit the community")))
			.isVisible();

		Page dutch = this.browser.newPage((options) -> options.setLocale("nl"));
		this.browser.visit(dutch, "/communities/" + this.slug);
		assertThat(dutch.locator("h1")).hasText("Leernetwerk zonder papieren");
		assertThat(dutch.locator("h1")).hasAttribute("lang", "nl");
		assertThat(dutch.locator("#domain + p")).hasAttribute("lang", "en");
	}

	private String coordinator(String displayName) {
		String email = TestMail.newAddress("coordinator");
		OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
		this.jdbc.update(
				"insert into person (id, display_name, email, email_verified_at, password_hash,"
						+ " administrator, coordinator, created_at, version) values (?, ?, ?, ?, ?, false, true, ?, 0)",
				UUID.randomUUID(), displayName, email, now, this.passwordEncoder.encode(PASSWORD), now);
		return email;
	}

	private void logIn(Page page, String email) {
		this.browser.visit(page, "/login");
		page.locator("#email").fill(email);
		page.locator("#password").fill(PASSWORD);
		submit(page, page.locator("main form[action='/login'] [type=submit]"));
	}

	private Response submit(Page page, Locator button) {
		Response response = page.waitForResponse(
				(candidate) -> "POST".equals(candidate.request().method()) && candidate.request().isNavigationRequest(),
				button::click);
		this.browser.checkAccessibility(page);
		return response;
	}

}
