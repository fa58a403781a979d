package org.kring.notification;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.kring.browser.TestMail;

/**
 * A notification mail as the test mail server received it: its subject, both bodies, the
 * content types of its parts and its unsubscribe headers.
 *
 * @param subject the subject line
 * @param text the plain-text body, with the line breaks of Java
 * @param html the HTML body
 * @param types the content types of the message and its parts, outermost first
 * @param listUnsubscribe the {@code List-Unsubscribe} header, or null
 * @param listUnsubscribePost the {@code List-Unsubscribe-Post} header, or null
 */
public record SentMail(String subject, String text, String html, List<String> types, @Nullable String listUnsubscribe,
		@Nullable String listUnsubscribePost) {

	/** The mails received for an address so far, oldest first. */
	public static List<SentMail> to(String address) {
		return TestMail.messagesTo(address).stream().map(SentMail::of).toList();
	}

	/** The path of the mail's unsubscribe link, from its header. */
	public String unsubscribePath() {
		String link = String.valueOf(this.listUnsubscribe);
		return link.substring(link.indexOf("/notifications/unsubscribe/"), link.length() - 1);
	}

	private static SentMail of(MimeMessage message) {
		try {
			List<String> types = new ArrayList<>();
			types.add(message.getContentType());
			String[] bodies = { "", "" };
			collect(message, types, bodies);
			return new SentMail(message.getSubject(), bodies[0].replace("\r\n", "\n"), bodies[1], types,
					message.getHeader("List-Unsubscribe", null), message.getHeader("List-Unsubscribe-Post", null));
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException("Unreadable test mail", ex);
		}
	}

	private static void collect(Part part, List<String> types, String[] bodies) throws MessagingException, IOException {
		Object content = part.getContent();
		if (content instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				types.add(body.getContentType());
				collect(body, types, bodies);
			}
		}
		else if (part.isMimeType("text/plain")) {
			bodies[0] = bodies[0] + content;
		}
		else if (part.isMimeType("text/html")) {
			bodies[1] = bodies[1] + content;
		}
	}

}
