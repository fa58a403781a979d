package org.kring.account.internal;

/**
 * Message keys of the profile pages, whose texts live in the {@code messages/profile}
 * bundle.
 */
final class ProfileMessages {

	private static final String ACCOUNT_PREFIX = "account.";

	private static final String PROFILE_PREFIX = "profile.";

	private ProfileMessages() {
	}

	/**
	 * The profile bundle's key for a key of the account bundle, such as the
	 * {@link PasswordPolicy}'s {@code account.password.short}, so that the profile pages
	 * carry their own texts.
	 * @param key a message key
	 * @return {@code profile.password.short} for {@code account.password.short}; other
	 * keys unchanged
	 */
	static String ownKey(String key) {
		return key.startsWith(ACCOUNT_PREFIX) ? PROFILE_PREFIX + key.substring(ACCOUNT_PREFIX.length()) : key;
	}

}
