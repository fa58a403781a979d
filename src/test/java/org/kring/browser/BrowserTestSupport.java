package org.kring.browser;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the browser tests (classes named {@code *BrowserTests}, run by failsafe against
 * the packaged build): the whole application on a random port with its database, mail
 * caught by {@link TestMail}, and a {@link BrowserSession} per test as {@link #browser}.
 * Subclasses that add no configuration of their own share one Spring context.
 *
 * <pre>
 * class SignUpBrowserTests extends BrowserTestSupport {
 *
 *     &#64;Test
 *     void newcomerSignsUpAndVerifiesTheirAddress() {
 *         Page page = this.browser.open("/signup");               // loads and checks with axe-core
 *         page.getByLabel("E-mail").fill("ama@example.org");
 *         this.browser.click(page.getByRole(AriaRole.BUTTON,      // clicks and checks the result
 *                 new Page.GetByRoleOptions().setName("Account aanmaken")));
 *         URI link = TestMail.newestTo("ama@example.org").firstLink();
 *         this.browser.follow(page, link);                          // on this test's port
 *         assertThat(page.locator("h1")).hasText("...");
 *     }
 *
 * }
 * </pre>
 *
 * Another person or device: {@code browser.newPage(options -> options.setLocale("ar"))}.
 * A test may take two minutes at most.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Tag("database")
@Timeout(value = 2, unit = TimeUnit.MINUTES)
public abstract class BrowserTestSupport {

	@RegisterExtension
	protected final BrowserSession browser = new BrowserSession();

	@DynamicPropertySource
	static void catchMail(DynamicPropertyRegistry registry) {
		TestMail.register(registry);
	}

	@BeforeEach
	void emptyMailboxes() {
		TestMail.clear();
	}

}
