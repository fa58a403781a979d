package org.kring.system;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What the web layer needs to know of the signed-in person, whatever module keeps the
 * account: the name to greet them by and the language they chose.
 */
public interface KringPrincipal {

	/**
	 * The name the person chose to be shown by; may be a nickname, never null.
	 * @return the display name
	 */
	String displayName();

	/**
	 * The interface language the person chose in their profile.
	 * @return the language, or null when they left it to the browser
	 */
	@Nullable Locale preferredLanguage();

}
