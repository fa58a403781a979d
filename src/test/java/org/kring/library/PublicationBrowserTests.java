package org.kring.library;

import java.net.URI;
import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kring.account.InstanceRole;
import org.kring.browser.ReceivedMail;
import org.kring.browser.TestMail;
import org.kring.library.internal.SamplePdf;
import org.kring.meeting.MeetingBrowserTestSupport;
import org.kring.system.TestPrincipal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator adds a report with a PDF, then a second version with a change note and a
 * French translation with its own title; a visitor whose browser reads Arabic sees the
 * English original with a button to ask for an Arabic translation and asks; the
 * coordinators are told by mail and the coordinator sees the request counted. Switched to
 * French, the page shows the French title. The coordinator then deletes it, once they
 * ticked that they mean it. Every page passes axe.
 */
class PublicationBrowserTests extends MeetingBrowserTestSupport {

	private static final String TITLE = "Test Welcome desks in small towns";

	private static final String FRENCH_TITLE = "Guichets d’accueil dans les petites villes";

	@AfterEach
	void deletePublication() {
		this.jdbc.update("delete from library_publication where title = ?", TITLE);
	}

	@Test
	void aReportGetsASecondVersionAndAFrenchTranslationAndAReaderAsksForArabic() {
		TestPrincipal coordinator = this.fixtures.person("Cleo Coordinator", InstanceRole.COORDINATOR, Locale.ENGLISH);
		Page page = signedIn(coordinator);

		this.browser.visit(page, "/publications");
		this.browser.click(link(page, "Add a publication"));
		page.locator("#kind").selectOption("REPORT");
		page.locator("#language").selectOption("en");
		page.locator("#title").fill(TITLE);
		page.locator("#summary").fill("How five fictional towns run a desk for newcomers.");
		page.locator("#year").fill("2025");
		page.locator("#files").setInputFiles(pdf("desks-2025.pdf", "Welcome desks, first edition"));
		this.browser.click(button(page, "Add the publication"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The publication is added.");
		assertThat(page.locator("h1")).hasText(TITLE);
		String path = URI.create(page.url()).getPath();

		this.browser.click(link(page, "Add a new version"));
		page.locator("#changeNote").fill("Figures of 2025 added.");
		page.locator("#files").setInputFiles(pdf("desks-2026.pdf", "Welcome desks, second edition"));
		this.browser.click(button(page, "Add the version"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The new version is added.");
		assertThat(page.locator("#files-heading + p")).hasText("Version 2: Figures of 2025 added.");
		assertThat(page.locator("main ul.files")).containsText("desks-2026.pdf");
		assertThat(page.locator("main ul.versions")).containsText("Version 1");
		assertThat(page.locator("main ul.versions")).containsText("desks-2025.pdf");

		this.browser.click(link(page, "Add a translation"));
		page.locator("#language").selectOption("fr");
		page.locator("#title").fill(FRENCH_TITLE);
		page.locator("#summary").fill("Comment cinq villes fictives accueillent les nouveaux arrivants.");
		page.locator("#files").setInputFiles(pdf("guichets.pdf", "Guichets d'accueil"));
		this.browser.click(button(page, "Add the translation"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The translation is added.");
		assertThat(page.locator("main")).containsText(FRENCH_TITLE + " (French)");

		Page reader = this.browser.newPage((options) -> options.setLocale("ar"));
		this.browser.visit(reader, path);
		assertThat(reader.locator("h1")).hasText(TITLE);
		this.browser.click(button(reader, "طلب ترجمة إلى العربية"));
		assertThat(reader.getByRole(AriaRole.STATUS)).hasText("تم احتساب طلب الترجمة، وتم إبلاغ المنسقين.");
		assertThat(reader.locator("main")).containsText("لقد طلبت ترجمة إلى العربية. شكرًا لك.");
		assertThat(button(reader, "طلب ترجمة إلى العربية")).hasCount(0);

		ReceivedMail mail = TestMail.newestTo(this.fixtures.emailOf(coordinator));
		assertThat(mail.subject()).isEqualTo("A translation into Arabic is requested: " + TITLE);
		assertThat(mail.text()).contains(path);

		this.browser.visit(page, path);
		assertThat(page.locator("main ul.requests")).hasText("Arabic: one request");

		this.browser
			.click(reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Français").setExact(true)));
		assertThat(reader.locator("html")).hasAttribute("lang", "fr");
		assertThat(reader.locator("h1")).hasText(FRENCH_TITLE);
		assertThat(reader.locator("main")).containsText("Traduction en français");
		assertThat(reader.locator("main ul.files")).containsText("guichets.pdf");

		this.browser.click(link(page, "Edit the description"));
		this.browser.click(button(page, "Delete the publication"));
		assertThat(page.locator("#confirm-error"))
			.hasText("Tick the box to confirm that the publication may be deleted.");
		page.locator("#confirm").check();
		this.browser.click(button(page, "Delete the publication"));
		assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("deleted")))
			.hasText("The publication is deleted.");
		assertThat(page.locator("main")).not().containsText(TITLE);
	}

	private static FilePayload pdf(String name, String text) {
		return new FilePayload(name, "application/pdf", SamplePdf.of(text));
	}

	private static Locator link(Page page, String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
