package org.kring.system.web;

import java.util.Set;

/**
 * The error page's model.
 *
 * @param status the HTTP status
 * @param titleKey the message key of the heading
 * @param textKey the message key of the explanation
 */
public record ErrorPage(int status, String titleKey, String textKey) {

	private static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 405, 413, 429, 500);

	/**
	 * The page for a status: its own words for the common ones, else those of 400 (the
	 * request) or 500 (our side).
	 * @param status the HTTP status of the response
	 * @return the page
	 */
	public static ErrorPage of(int status) {
		int explained = EXPLAINED.contains(status) ? status : ((status >= 500) ? 500 : 400);
		return new ErrorPage(status, "error." + explained + ".title", "error." + explained + ".text");
	}

}
