package org.kring.browser;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/**
 * The axe-core check every visited page must pass: WCAG 2.0, 2.1 and 2.2 at levels A and
 * AA.
 */
public final class Accessibility {

	/** The axe-core rule tags checked. */
	public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private Accessibility() {
	}

	/**
	 * Runs axe-core on the page as it is now.
	 * @param page a loaded page with JavaScript enabled
	 * @throws AssertionError listing each violated rule with its impact, help text and
	 * the selectors of the offending elements, or when axe-core could not run
	 */
	public static void assertNoViolations(Page page) {
		// axe-core's default mode checks each frame apart and merges the parts in a
		// page of a new browser context, loading axe-core (560 kB) three times per
		// check; a page without frames gets the same results from one run in itself
		boolean framed = page.frames().size() > 1;
		AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).setLegacyMode(!framed).analyze();
		if (results.isErrored()) {
			throw new AssertionError("axe-core could not check " + page.url() + ": " + results.getErrorMessage());
		}
		List<Rule> violations = results.getViolations();
		if (!violations.isEmpty()) {
			throw new AssertionError(describe(page.url(), violations));
		}
	}

	static String describe(String url, List<Rule> violations) {
		StringBuilder text = new StringBuilder();
		text.append(violations.size())
			.append(" accessibility rule(s) violated on ")
			.append(url)
			.append(" (axe-core, ")
			.append(String.join(", ", WCAG_TAGS))
			.append("):");
		for (Rule rule : violations) {
			text.append("\n- ")
				.append(rule.getId())
				.append(" [")
				.append(rule.getImpact())
				.append("] ")
				.append(rule.getHelp())
				.append(" (")
				.append(rule.getHelpUrl())
				.append(')');
			for (CheckedNode node : rule.getNodes()) {
				text.append("\n    at ").append(target(node.getTarget()));
				if (node.getFailureSummary() != null) {
					text.append(": ").append(node.getFailureSummary().replace('\n', ' '));
				}
			}
		}
		return text.toString();
	}

	private static String target(Object target) {
		if (target instanceof List<?> selectors) {
			return selectors.stream().map(Accessibility::target).collect(Collectors.joining(" >>> "));
		}
		return String.valueOf(target);
	}

}
