package org.kring.system.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTests {

	private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z0-9]+)([^>]*)>");

	private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)\\s*=\\s*\"([^\"]*)\"");

	private static final Set<String> ELEMENTS = Set.of("p", "h2", "h3", "h4", "ul", "ol", "li", "em", "strong", "code",
			"pre", "blockquote", "br", "hr", "a");

	static List<String> payloads() {
		return List.of("<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
				"<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "<svg><script>alert(1)</script></svg>",
				"<a href=\"javascript:alert(1)\">x</a>", "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
				"<a href=\"&#106;avascript:alert(1)\">x</a>", "[x](javascript:alert(1))", "[x](JAVASCRIPT:alert(1))",
				"[x](jav&#x61;script:alert(1))", "[x](javascript&colon;alert(1))", "[x]( javascript:alert(1))",
				"[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "[x](vbscript:msgbox(1))",
				"<javascript:alert(1)>", "<data:text/html,<script>alert(1)</script>>",
				"![x](https://evil.example/track.png)", "![x](javascript:alert(1))",
				"<iframe src=\"https://evil.example\"></iframe>",
				"<p style=\"background:url(javascript:alert(1))\">x</p>", "<div onclick=\"alert(1)\">x</div>",
				"<!-- <script>alert(1)</script> -->", "<style>body{display:none}</style>",
				"<object data=\"x.swf\"></object>", "<form action=/x><button>go",
				"[x](https://example.org \"t\" onmouseover=alert(1))",
				"<a href=https://example.org onclick=alert(1)>x</a>", "[ref]\n\n[ref]: javascript:alert(1)",
				"<math><mtext><script>alert(1)</script></mtext></math>", "```html\n<script>alert(1)</script>\n```",
				"> <img src=x onerror=alert(1)>", "* <svg/onload=alert(1)>",
				"[<img src=x onerror=alert(1)>](https://example.org)");
	}

	@ParameterizedTest
	@MethodSource("payloads")
	void noPayloadSurvives(String payload) {
		String html = Markdown.toHtml("Before\n\n" + payload + "\n\nAfter");
		Matcher tags = TAG.matcher(html);
		while (tags.find()) {
			String element = tags.group(1).toLowerCase(Locale.ROOT);
			assertThat(ELEMENTS).as(html).contains(element);
			Matcher attributes = ATTRIBUTE.matcher(tags.group(2));
			while (attributes.find()) {
				String name = attributes.group(1).toLowerCase(Locale.ROOT);
				assertThat(name).as(html).isIn("href", "rel", "start");
				if (name.equals("href")) {
					assertThat(attributes.group(2)).as(html).matches("|(https?://|mailto:|/[^/]|#).*");
				}
			}
			assertThat(tags.group(0)).as(html)
				.doesNotContainIgnoringCase("javascript")
				.doesNotContainIgnoringCase("data:");
			assertThat(tags.group(2).replaceAll(ATTRIBUTE.pattern(), "")).as(html).isBlank();
		}
		String lower = html.toLowerCase(Locale.ROOT);
		assertThat(lower).doesNotContain("<script", "<img", "<svg", "<iframe", "<style", "<object", "<form");
		assertThat(html).contains("<p>Before</p>").contains("<p>After</p>");
	}

	@Test
	void normalMarkdownRenders() {
		String html = Markdown.toHtml("""
				# Minutes

				We discussed **rent allowances** and *waiting times*.

				## Decisions

				1. Write a `joint signal`
				2. Test article 12

				- one
				- two

				> A quote

				See [the guide](https://example.org/guide) or [our page](/communities/x) or
				mail <info@example.org>.

				```
				code block
				```
				""");
		assertThat(html).contains("<h2>Minutes</h2>")
			.contains("<strong>rent allowances</strong>")
			.contains("<em>waiting times</em>")
			.contains("<h2>Decisions</h2>")
			.contains("<ol><li>Write a <code>joint signal</code></li>")
			.contains("<ul><li>one</li>")
			.contains("<blockquote>")
			.contains("<a href=\"https://example.org/guide\" rel=\"nofollow ugc noopener\">the guide</a>")
			.contains("<a href=\"/communities/x\" rel=\"nofollow ugc noopener\">our page</a>")
			.contains("href=\"mailto:info&#64;example.org\"")
			.contains("<pre><code>code block");
	}

	@Test
	void rawHtmlShowsAsTextAndHeadingsStayBelowThePageTitle() {
		assertThat(Markdown.toHtml("a <b>bold</b> word")).contains("&lt;b&gt;bold&lt;/b&gt;").doesNotContain("<b>");
		assertThat(Markdown.toHtml("###### small")).isEqualTo("<h4>small</h4>\n");
		assertThat(Markdown.toHtml("3. third\n4. fourth")).contains("<ol start=\"3\">");
		assertThat(Markdown.toHtml("  \n ")).isEmpty();
	}

}
