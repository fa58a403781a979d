package org.kring.account;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One SMTP server (GreenMail, on a free port) for all tests of a test run, so that the
 * Spring contexts pointing at it stay the same and are reused. Tests use their own
 * addresses and read only the mail sent to them.
 */
public final class TestMailServer {

	private static final GreenMail server = start();

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/\\S+)");

	private TestMailServer() {
	}

	private static GreenMail start() {
		GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		greenMail.start();
		Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
		return greenMail;
	}

	public static int port() {
		return server.getSmtp().getPort();
	}

	/**
	 * The mails received for an address so far.
	 */
	public static List<Mail> mailsTo(String address) {
		return Arrays.stream(server.getReceivedMessages())
			.filter((message) -> isTo(message, address))
			.map(Mail::of)
			.toList();
	}

	/**
	 * Waits for the {@code count}th mail to an address; mails leave in the background.
	 */
	public static Mail awaitMail(String address, int count) {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < deadline) {
			List<Mail> mails = mailsTo(address);
			if (mails.size() >= count) {
				return mails.get(count - 1);
			}
			pause(50);
		}
		throw new AssertionError("No mail number " + count + " to " + address);
	}

	public static Mail awaitMail(String address) {
		return awaitMail(address, 1);
	}

	/**
	 * Checks that no mail arrives for an address within a moment, long enough for the
	 * background sender.
	 */
	public static void assertNoMail(String address) {
		pause(750);
		assertThat(mailsTo(address)).isEmpty();
	}

	private static boolean isTo(MimeMessage message, String address) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
				.anyMatch((recipient) -> recipient.toString().equalsIgnoreCase(address));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A received mail, decoded.
	 *
	 * @param subject the subject line
	 * @param text the plain-text body
	 */
	public record Mail(String subject, String text) {

		static Mail of(MimeMessage message) {
			try {
				return new Mail(message.getSubject(), message.getContent().toString());
			}
			catch (MessagingException | IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		/**
		 * The path and query of the first link in the mail to the given path.
		 */
		public String link(String path) {
			Matcher matcher = LINK.matcher(this.text);
			while (matcher.find()) {
				if (matcher.group(1).startsWith(path)) {
					return matcher.group(1);
				}
			}
			throw new AssertionError("No link to " + path + " in: " + this.text);
		}

	}

}
