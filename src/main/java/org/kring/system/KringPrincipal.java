package org.kring.system;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the web layer and the other modules need to know of the signed-in person, whatever
 * module keeps the account: who they are, the name to greet them by, the language they
 * chose and their role on the whole instance. Controllers take it with
 * {@code @AuthenticationPrincipal KringPrincipal me}.
 */
public interface KringPrincipal {

	/**
	 * The person's id, the one every module refers to them by.
	 * @return the id, never null
	 */
	UUID id();

	/**
	 * Whether the person administers the instance.
	 * @return true for an administrator
	 */
	boolean administrator();

	/**
	 * Whether the person coordinates communities for a partner organisation.
	 * @return true for a coordinator (an administrator is not one by this alone)
	 */
	boolean coordinator();

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
