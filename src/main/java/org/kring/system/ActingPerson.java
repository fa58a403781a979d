package org.kring.system;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A person acting through the instance rather than through a page, such as the demo's
 * members starting threads or meetings: with no instance-wide role and no language of
 * their own.
 *
 * @param id the person
 * @param displayName their name as shown
 */
public record ActingPerson(UUID id, String displayName) implements KringPrincipal {

	@Override
	public boolean administrator() {
		return false;
	}

	@Override
	public boolean coordinator() {
		return false;
	}

	@Override
	public @Nullable Locale preferredLanguage() {
		return null;
	}

}
