package org.kring.account.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.account.internal.Person;
import org.kring.account.internal.TestPeople;
import org.kring.account.web.ProfileTestConfiguration.TestSessions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class EmailChangeTests extends ProfileTestSupport {

	private static final Pattern LINK = Pattern
		.compile("http://localhost:8080/account/email/confirm\\?token=([\\w-]+)");

	@Autowired
	private GreenMail greenMail;

	@BeforeEach
	void noMailYet() throws Exception {
		this.greenMail.purgeEmailFromAllMailboxes();
	}

	@Test
	void theAddressChangesOnlyWhenTheLinkSentToTheNewAddressIsFollowed() throws Exception {
		String newEmail = TestPeople.uniqueEmail("ada new");
		requestChange(this.ada, newEmail);

		assertThat(this.testPeople.reload(this.ada).email()).isEqualTo(this.ada.email());
		String token = linkIn(only(mailTo(newEmail)));
		assertThat(text(only(mailTo(this.ada.email())))).contains(newEmail).doesNotContain(token);

		String page = this.mvc
			.perform(get("/account/email/confirm").param("token", token)
				.header("Accept-Language", "en")
				.with(signedIn(this.ada)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(newEmail, "Yes, use this address");
		assertThat(this.testPeople.reload(this.ada).email()).isEqualTo(this.ada.email());

		this.mvc.perform(post("/account/email/confirm").param("token", token).with(signedIn(this.ada)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/account"))
			.andExpect(flash().attribute("notice", "profile.email.changed"));
		Person changed = this.testPeople.reload(this.ada);
		assertThat(changed.email()).isEqualTo(newEmail);
		assertThat(changed.emailVerified()).isTrue();
	}

	@Test
	void aFollowedLinkCannotBeUsedAgain() throws Exception {
		String firstEmail = TestPeople.uniqueEmail("first");
		requestChange(this.ada, firstEmail);
		String token = linkIn(only(mailTo(firstEmail)));
		confirm(this.ada, token).andExpect(status().isFound());
		Person afterFirst = this.testPeople.reload(this.ada);

		confirm(afterFirst, token).andExpect(status().isGone());
		this.mvc.perform(get("/account/email/confirm").param("token", token).with(signedIn(afterFirst)))
			.andExpect(status().isGone());
		assertThat(this.testPeople.reload(this.ada).email()).isEqualTo(firstEmail);
	}

	@Test
	void anAddressOfAnotherAccountGetsTheSameAnswerAndItsOwnerIsTold() throws Exception {
		Person bert = this.testPeople.verified("Bert Marrowind");
		var taken = this.mvc
			.perform(post("/account/email").param("newEmail", bert.email().toUpperCase())
				.param("emailPassword", TestPeople.PASSWORD)
				.with(signedIn(this.ada))
				.with(csrf()))
			.andReturn();
		var free = this.mvc
			.perform(post("/account/email").param("newEmail", TestPeople.uniqueEmail("free"))
				.param("emailPassword", TestPeople.PASSWORD)
				.with(signedIn(this.ada))
				.with(csrf()))
			.andReturn();

		assertThat(taken.getResponse().getStatus()).isEqualTo(free.getResponse().getStatus()).isEqualTo(302);
		assertThat(taken.getResponse().getRedirectedUrl()).isEqualTo(free.getResponse().getRedirectedUrl());
		Map<String, Object> takenNotice = taken.getFlashMap();
		assertThat(takenNotice).isEqualTo(free.getFlashMap()).containsEntry("notice", "profile.email.sent");
		assertThat(mailTo(this.ada.email())).hasSize(2);
		MimeMessage toOwner = only(mailTo(bert.email()));
		assertThat(text(toOwner)).contains("Bert Marrowind").doesNotContain("token=");
		assertThat(this.testPeople.reload(this.ada).email()).isEqualTo(this.ada.email());
		assertThat(this.testPeople.reload(bert).email()).isEqualTo(bert.email());
	}

	@Test
	void anotherPersonsLinkIsRefusedAndStaysUsableForItsOwner() throws Exception {
		Person bert = this.testPeople.verified("Bert Marrowind");
		String newEmail = TestPeople.uniqueEmail("ada elsewhere");
		requestChange(this.ada, newEmail);
		String token = linkIn(only(mailTo(newEmail)));

		this.mvc.perform(get("/account/email/confirm").param("token", token).with(signedIn(bert)))
			.andExpect(status().isGone());
		confirm(bert, token).andExpect(status().isGone());
		assertThat(this.testPeople.reload(bert).email()).isEqualTo(bert.email());

		confirm(this.ada, token).andExpect(status().isFound());
		assertThat(this.testPeople.reload(this.ada).email()).isEqualTo(newEmail);
	}

	@Test
	void aWrongPasswordSendsNoMail() throws Exception {
		this.mvc
			.perform(post("/account/email").param("newEmail", TestPeople.uniqueEmail("nope"))
				.param("emailPassword", "not-the-password")
				.with(signedIn(this.ada))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent());
		assertThat(this.greenMail.getReceivedMessages()).isEmpty();
	}

	@Test
	void anUnknownOrMangledLinkIsRefused() throws Exception {
		for (String token : new String[] { "", "made-up", "x".repeat(10_000), "\u0000" }) {
			this.mvc.perform(get("/account/email/confirm").param("token", token).with(signedIn(this.ada)))
				.andExpect(status().isGone());
			confirm(this.ada, token).andExpect(status().isGone());
		}
		this.mvc.perform(get("/account/email/confirm").with(signedIn(this.ada))).andExpect(status().isGone());
	}

	@Test
	void confirmingTheNewAddressEndsTheSessionsUnderTheOldOne() throws Exception {
		String current = this.sessions.signIn(this.ada);
		String elsewhere = this.sessions.signIn(this.ada);
		String newEmail = TestPeople.uniqueEmail("ada moved");
		requestChange(this.ada, newEmail);
		String token = linkIn(only(mailTo(newEmail)));

		this.mvc.perform(
				post("/account/email/confirm").param("token", token).cookie(TestSessions.cookies(current)).with(csrf()))
			.andExpect(status().isFound());

		assertThat(this.sessions.exists(current)).isTrue();
		assertThat(this.sessions.exists(elsewhere)).isFalse();
		assertThat(this.sessions.of(newEmail)).containsExactly(current);
	}

	@Test
	void thePendingAddressIsShownUntilConfirmed() throws Exception {
		String newEmail = TestPeople.uniqueEmail("ada pending");
		requestChange(this.ada, newEmail);
		String html = this.mvc.perform(get("/account").with(signedIn(this.ada)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains(newEmail);
	}

	private void requestChange(Person person, String newEmail) throws Exception {
		this.mvc
			.perform(post("/account/email").param("newEmail", newEmail)
				.param("emailPassword", TestPeople.PASSWORD)
				.with(signedIn(person))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/account"))
			.andExpect(flash().attribute("notice", "profile.email.sent"));
	}

	private org.springframework.test.web.servlet.ResultActions confirm(Person person, String token) throws Exception {
		return this.mvc
			.perform(post("/account/email/confirm").param("token", token).with(signedIn(person)).with(csrf()));
	}

	private List<MimeMessage> mailTo(String address) {
		return Arrays.stream(this.greenMail.getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch((recipient) -> recipient.toString().equalsIgnoreCase(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static MimeMessage only(List<MimeMessage> messages) {
		assertThat(messages).hasSize(1);
		return messages.get(0);
	}

	private static String text(MimeMessage message) throws Exception {
		return (String) message.getContent();
	}

	private static String linkIn(MimeMessage message) throws Exception {
		Matcher matcher = LINK.matcher(text(message));
		assertThat(matcher.find()).as("a confirmation link in the mail").isTrue();
		return matcher.group(1);
	}

}
