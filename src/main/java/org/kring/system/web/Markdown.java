package org.kring.system.web;

import java.util.regex.Pattern;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown people write (minutes, discussions) turned into HTML that is safe to put in a
 * page as it is. CommonMark parses the text and renders any HTML in it as text, never as
 * markup; the OWASP sanitizer then keeps only paragraphs, headings (as {@code h2} to
 * {@code h4}), lists, emphasis, code, quotes, rules and links to {@code http},
 * {@code https}, {@code mailto} or a path of this site, each link marked
 * {@code rel="nofollow ugc noopener"}. Images, scripts, frames, styles, event handlers
 * and every other URL scheme are dropped. Only this class's output may go through jte's
 * {@code $unsafe}.
 */
public final class Markdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.softbreak("\n")
		.build();

	private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

	private static final PolicyFactory POLICY = allowList().allowElements("h2", "h3", "h4")
		.allowElements((name, attributes) -> "h2", "h1")
		.allowElements((name, attributes) -> "h4", "h5", "h6")
		.toFactory();

	private Markdown() {
	}

	/**
	 * The allow-list every text people write goes through, before headings or images of
	 * its own: paragraphs, line breaks, lists (an ordered one may say where it starts),
	 * emphasis, code, quotes, rules, and links to {@code http}, {@code https},
	 * {@code mailto} or a path of this site, each marked
	 * {@code rel="nofollow ugc noopener"}.
	 * @return a new builder to add to
	 */
	public static HtmlPolicyBuilder allowList() {
		return new HtmlPolicyBuilder()
			.allowElements("p", "br", "ul", "ol", "li", "em", "strong", "code", "pre", "blockquote", "hr", "a")
			.allowAttributes("start")
			.matching(NUMBER)
			.onElements("ol")
			.allowUrlProtocols("http", "https", "mailto")
			.allowAttributes("href")
			.onElements("a")
			.requireRelsOnLinks("nofollow", "ugc", "noopener");
	}

	/**
	 * Renders Markdown as safe HTML.
	 * @param markdown the text as written
	 * @return HTML holding only the allowed elements and links, empty for blank text
	 */
	public static String toHtml(String markdown) {
		if (markdown.isBlank()) {
			return "";
		}
		Node document = PARSER.parse(markdown);
		return POLICY.sanitize(RENDERER.render(document));
	}

}
