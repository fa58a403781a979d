package org.kring.organisation.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The website of an organisation: an absolute {@code http} or {@code https} address with
 * a host, nothing a link could run (no {@code javascript:}, no {@code data:}).
 */
public final class Websites {

	public static final int MAX_LENGTH = 500;

	private Websites() {
	}

	/**
	 * Whether an address is a website Kring links to.
	 * @param address the typed address, stripped
	 * @return true for an http or https address with a host and no spaces
	 */
	public static boolean isValid(@Nullable String address) {
		if (address == null || address.isEmpty() || address.length() > MAX_LENGTH) {
			return false;
		}
		try {
			URI uri = new URI(address);
			String scheme = uri.getScheme();
			return scheme != null
					&& (scheme.toLowerCase(Locale.ROOT).equals("http")
							|| scheme.toLowerCase(Locale.ROOT).equals("https"))
					&& uri.getHost() != null && uri.getRawUserInfo() == null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
