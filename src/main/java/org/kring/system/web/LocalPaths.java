package org.kring.system.web;

/**
 * Keeps a "return to" address on this site, so that a link cannot send a person
 * elsewhere.
 */
public final class LocalPaths {

	private LocalPaths() {
	}

	/**
	 * The given path when it is a path on this site, else the home page.
	 * @param path a path such as {@code /account}; may be anything a request carried
	 * @return a safe local path, never null
	 */
	public static String safe(String path) {
		boolean local = path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")
				&& path.chars().noneMatch((c) -> c < 0x20 || c == 0x7f);
		return local ? path : "/";
	}

}
