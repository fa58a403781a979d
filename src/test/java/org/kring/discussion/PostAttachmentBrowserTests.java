package org.kring.discussion;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.discussion.internal.DiscussionThread;
import org.kring.discussion.internal.Discussions;
import org.kring.discussion.internal.ThreadDraft;
import org.kring.expertise.SampleFiles;
import org.kring.meeting.MeetingBrowserTestSupport;
import org.kring.meeting.MeetingFixtures;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A member replies with a Word document, which is refused next to the field with her text
 * kept; she chooses a photo and a PDF instead, and the reply shows the photo (loaded from
 * the instance) and links the PDF. Every page state passes axe.
 */
class PostAttachmentBrowserTests extends MeetingBrowserTestSupport {

	@Autowired
	Discussions discussions;

	private DiscussionFixtures threads;

	@BeforeEach
	void threads() {
		this.threads = new DiscussionFixtures(this.jdbc, this.fixtures);
	}

	@AfterEach
	void deleteThreads() {
		this.threads.deleteAll();
	}

	@Test
	void aMemberAttachesAPhotoAndAPdfAfterAWordDocumentIsRefused() {
		TestPrincipal farida = this.fixtures.member("Farida Facilitator");
		TestPrincipal mila = this.fixtures.member("Mila Janssens");
		UUID community = this.fixtures.community("MEMBERS_ONLY", farida, mila);
		this.threads.settle(community, mila);
		DiscussionThread thread = this.discussions.start(farida, community,
				new ThreadDraft("Leaflets for the fair", "Who has the new leaflets?", null, false));
		String path = "/communities/" + MeetingFixtures.slugOf(community) + "/discussions/" + thread.id();

		Page page = signedIn(mila);
		this.browser.visit(page, path);
		page.getByLabel("Your reply").fill("Here they are.");
		page.getByLabel("Files (optional)")
			.setInputFiles(new FilePayload("leaflet.docx", "application/octet-stream", SampleFiles.docx()));
		this.browser.click(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post the reply")));
		assertThat(page.locator("#files-error")).hasText("“leaflet.docx” is not an image (PNG, JPEG) or a PDF.");
		assertThat(page.getByLabel("Files (optional)")).hasAttribute("aria-invalid", "true");
		assertThat(page.getByLabel("Your reply")).hasValue("Here they are.");

		page.getByLabel("Files (optional)")
			.setInputFiles(new FilePayload[] { new FilePayload("stand.png", "image/png", SampleFiles.png()),
					new FilePayload("leaflet.pdf", "application/pdf", SampleFiles.pdf()) });
		this.browser.click(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post the reply")));
		Locator reply = page.locator("article.post").nth(1);
		assertThat(reply).containsText("Here they are.");
		Locator photo = reply.getByRole(AriaRole.IMG, new Locator.GetByRoleOptions().setName("stand.png"));
		assertThat(photo).isVisible();
		Assertions.assertThat((Boolean) photo.evaluate("(img) => img.complete && img.naturalWidth > 0"))
			.as("the photo loads")
			.isTrue();
		assertThat(reply.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("leaflet.pdf")))
			.hasAttribute("href", java.util.regex.Pattern.compile(".*/posts/.*/files/.*"));
	}

}
