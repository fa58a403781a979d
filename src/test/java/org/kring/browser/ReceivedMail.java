package org.kring.browser;

import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail the application sent, as the person reads it.
 *
 * @param to the recipient it was fetched for
 * @param subject the subject line
 * @param text the plain-text body, decoded
 * @param attachments the files sent with it, by file name, decoded as UTF-8 text
 */
public record ReceivedMail(String to, String subject, String text, Map<String, String> attachments) {

	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+");

	/**
	 * The first web link in the body, as written there (it starts with
	 * {@code kring.base-url}; open it with {@link BrowserSession#follow}).
	 * @return the link
	 * @throws AssertionError when the body has no link
	 */
	public URI firstLink() {
		Matcher matcher = LINK.matcher(this.text);
		if (!matcher.find()) {
			throw new AssertionError("No link in the mail to " + this.to + " '" + this.subject + "':\n" + this.text);
		}
		return URI.create(matcher.group());
	}

}
