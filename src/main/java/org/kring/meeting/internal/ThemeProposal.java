package org.kring.meeting.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A theme as a member proposes it, checked: a title of at most 200 characters, why it
 * matters in at most 2000, and an optional web address (http or https) of a practice or
 * signal it is about.
 *
 * @param title the title
 * @param reason why it matters, or null
 * @param link the address of a practice or signal, or null
 */
public record ThemeProposal(String title, @Nullable String reason, @Nullable String link) {

	static final int TITLE_MAX = 200;

	static final int REASON_MAX = 2000;

	static final int LINK_MAX = 500;

	/**
	 * Checks what was typed, trimmed; blank optional fields become null.
	 * @param title the title as typed
	 * @param reason why it matters, as typed
	 * @param link the link, as typed
	 * @return the proposal
	 * @throws ThemeRefused with a message key for each field that is not right
	 */
	public static ThemeProposal of(@Nullable String title, @Nullable String reason, @Nullable String link) {
		String cleanTitle = trimmed(title);
		String cleanReason = trimmed(reason);
		String cleanLink = trimmed(link);
		Map<String, String> problems = new LinkedHashMap<>();
		if (cleanTitle == null) {
			problems.put("title", "agenda.title.required");
		}
		else if (cleanTitle.length() > TITLE_MAX) {
			problems.put("title", "agenda.title.tooLong");
		}
		if (cleanReason != null && cleanReason.length() > REASON_MAX) {
			problems.put("reason", "agenda.reason.tooLong");
		}
		if (cleanLink != null && (cleanLink.length() > LINK_MAX || !isWebAddress(cleanLink))) {
			problems.put("link", "agenda.link.invalid");
		}
		if (!problems.isEmpty() || cleanTitle == null) {
			throw new ThemeRefused(problems);
		}
		return new ThemeProposal(cleanTitle, cleanReason, cleanLink);
	}

	static @Nullable String trimmed(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static boolean isWebAddress(String value) {
		try {
			URI uri = new URI(value);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
