package org.kring.system.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Reading the filters and page number of a list page's address, and writing the address
 * back with them, as the calendar and the results tracker do.
 */
public final class QueryParameters {

	private static final int LAST_PAGE = 100_000;

	private QueryParameters() {
	}

	/**
	 * The address of a page with these parameters, each encoded.
	 * @param path the page, such as {@code /calendar}
	 * @param params the parameters in the order to write them; none for the bare path
	 * @return such as {@code /calendar?community=de-brug&page=2}
	 */
	public static String link(String path, Map<String, String> params) {
		if (params.isEmpty()) {
			return path;
		}
		return path + "?"
				+ params.entrySet()
					.stream()
					.map((param) -> param.getKey() + "=" + URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8))
					.collect(Collectors.joining("&"));
	}

	/**
	 * A parameter's value without surrounding blanks.
	 * @param value the value as sent
	 * @return it stripped, or null when it is missing or blank
	 */
	public static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * The page a list is asked for: 1 when missing or not a number, at most 100,000.
	 * @param page the parameter as sent
	 * @return the page number, from 1
	 */
	public static int page(@Nullable String page) {
		try {
			return (page == null) ? 1 : Math.max(1, Math.min(LAST_PAGE, Integer.parseInt(page.strip())));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
