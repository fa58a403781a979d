package org.kring.result.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A tool as a facilitator wrote it, checked: a title of at most 200 characters, a
 * description of at most 4000, and at most {@value #MAX_LINKS} links, each with a label
 * of at most 200 characters and an http(s) address of at most 500.
 *
 * @param title its name
 * @param description what it is and how to use it, or null
 * @param links where it is found
 */
public record ToolDraft(String title, @Nullable String description, List<ToolLink> links) {

	/** How many links a tool may have. */
	public static final int MAX_LINKS = 10;

	/**
	 * Checks a tool as typed. A link row with neither label nor address is left out.
	 * @param title the title
	 * @param description the description
	 * @param labels the links' labels, row by row
	 * @param urls the links' addresses, row by row
	 * @return the draft
	 * @throws ToolboxRefused naming each field's problem, a link's as {@code linkLabel-N}
	 * or {@code linkUrl-N} for row N (from 0), too many as {@code links}
	 */
	public static ToolDraft of(@Nullable String title, @Nullable String description, List<String> labels,
			List<String> urls) {
		Map<String, String> problems = new LinkedHashMap<>();
		String cleanTitle = Texts.required(problems, "title", title, 200, "toolbox.title");
		String cleanDescription = Texts.optional(problems, "description", description, 4000,
				"toolbox.description.long");
		List<ToolLink> links = new ArrayList<>();
		int rows = Math.max(labels.size(), urls.size());
		for (int row = 0; row < rows; row++) {
			String label = Texts.blankToNull(row < labels.size() ? labels.get(row) : null);
			String url = Texts.blankToNull(row < urls.size() ? urls.get(row) : null);
			if (label == null && url == null) {
				continue;
			}
			String labelProblem = (label == null) ? "toolbox.link.label.required"
					: (label.length() > 200) ? "toolbox.link.label.long" : null;
			String urlProblem = (url == null) ? "toolbox.link.url.required" : urlProblem(url);
			if (labelProblem != null) {
				problems.put("linkLabel-" + row, labelProblem);
			}
			if (urlProblem != null) {
				problems.put("linkUrl-" + row, urlProblem);
			}
			if (label != null && url != null) {
				links.add(new ToolLink(label, url));
			}
		}
		if (links.size() > MAX_LINKS) {
			problems.put("links", "toolbox.links.many");
		}
		if (!problems.isEmpty()) {
			throw new ToolboxRefused(problems);
		}
		return new ToolDraft(cleanTitle, cleanDescription, List.copyOf(links));
	}

	private static @Nullable String urlProblem(String url) {
		if (url.length() > 500) {
			return "toolbox.link.url.long";
		}
		try {
			URI uri = new URI(url);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			boolean web = scheme.equals("http") || scheme.equals("https");
			return (web && uri.getHost() != null) ? null : "toolbox.link.url.invalid";
		}
		catch (URISyntaxException ex) {
			return "toolbox.link.url.invalid";
		}
	}

}
