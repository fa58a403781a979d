package org.kring.system.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail the development outbox caught instead of sending it.
 *
 * @param sentAt when it was sent
 * @param to the recipient's address
 * @param subject the subject line
 * @param text the body in plain text
 * @param attachments the names of the files sent with it
 */
public record CapturedMail(Instant sentAt, String to, String subject, String text, List<String> attachments) {

	/**
	 * A captured mail of text only.
	 * @param sentAt when it was sent
	 * @param to the recipient
	 * @param subject the subject line
	 * @param text the body
	 */
	public CapturedMail(Instant sentAt, String to, String subject, String text) {
		this(sentAt, to, subject, text, List.of());
	}

	public CapturedMail {
		attachments = List.copyOf(attachments);
	}

	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+");

	/**
	 * The body cut into plain text and web addresses, so that the page can show each
	 * address as a link while everything stays escaped.
	 * @return the parts of the body in order
	 */
	public List<Part> parts() {
		List<Part> parts = new ArrayList<>();
		Matcher matcher = LINK.matcher(this.text);
		int at = 0;
		while (matcher.find()) {
			String link = trimTrailingPunctuation(matcher.group());
			if (matcher.start() > at) {
				parts.add(new Part(this.text.substring(at, matcher.start()), false));
			}
			parts.add(new Part(link, true));
			at = matcher.start() + link.length();
		}
		if (at < this.text.length()) {
			parts.add(new Part(this.text.substring(at), false));
		}
		return parts;
	}

	private static String trimTrailingPunctuation(String link) {
		int end = link.length();
		while (end > 0 && ".,;:!?)]".indexOf(link.charAt(end - 1)) >= 0) {
			end--;
		}
		return link.substring(0, end);
	}

	/**
	 * A stretch of the body.
	 *
	 * @param text the text of this stretch
	 * @param link whether it is a web address
	 */
	public record Part(String text, boolean link) {
	}

}
