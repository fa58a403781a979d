package org.kring.system.mail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One e-mail to one person: a plain-text body, optionally the same in HTML, files such as
 * a meeting's iCalendar invitation, and headers of its own such as a one-click
 * unsubscribe ({@link #unsubscribable}).
 *
 * @param to the recipient's address
 * @param subject the subject line
 * @param text the body in plain text; links are written out in full
 * @param attachments the files sent with it, possibly none
 * @param html the body in HTML, sent beside the text as its alternative; null for text
 * only
 * @param headers headers beside the usual ones, by name, in order; names are letters,
 * digits and dashes, values one line
 */
public record OutgoingMail(String to, String subject, String text, List<MailAttachment> attachments,
		@Nullable String html, Map<String, String> headers) {

	private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9-]{1,76}");

	/**
	 * A mail of text only.
	 * @param to the recipient's address
	 * @param subject the subject line
	 * @param text the body in plain text
	 */
	public OutgoingMail(String to, String subject, String text) {
		this(to, subject, text, List.of());
	}

	/**
	 * A mail of text with files.
	 * @param to the recipient's address
	 * @param subject the subject line
	 * @param text the body in plain text
	 * @param attachments the files
	 */
	public OutgoingMail(String to, String subject, String text, List<MailAttachment> attachments) {
		this(to, subject, text, attachments, null, Map.of());
	}

	public OutgoingMail {
		attachments = List.copyOf(attachments);
		headers.forEach((name, value) -> {
			if (!HEADER_NAME.matcher(name).matches() || value.contains("\r") || value.contains("\n")) {
				throw new IllegalArgumentException("Not a header of one line: " + name);
			}
		});
		headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
	}

	/**
	 * This mail with an HTML body beside its text.
	 * @param body the HTML document or fragment
	 * @return a new mail
	 */
	public OutgoingMail withHtml(String body) {
		return new OutgoingMail(this.to, this.subject, this.text, this.attachments, body, this.headers);
	}

	/**
	 * This mail with a one-click unsubscribe (RFC 8058): mail programs show an
	 * "unsubscribe" button that posts {@code List-Unsubscribe=One-Click} to the link,
	 * without opening a page.
	 * @param link the absolute https (or, in development, http) address that unsubscribes
	 * the recipient when posted to
	 * @return a new mail
	 */
	public OutgoingMail unsubscribable(String link) {
		if (!link.startsWith("https://") && !link.startsWith("http://")) {
			throw new IllegalArgumentException("An unsubscribe link must be absolute: " + link);
		}
		Map<String, String> more = new LinkedHashMap<>(this.headers);
		more.put("List-Unsubscribe", "<" + link + ">");
		more.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		return new OutgoingMail(this.to, this.subject, this.text, this.attachments, this.html, more);
	}

}
