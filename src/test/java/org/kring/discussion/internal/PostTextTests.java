package org.kring.discussion.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PostTextTests {

	private static final String BASE = "https://kring.example.org";

	private static final Set<String> ELEMENTS = Set.of("p", "br", "h3", "h4", "h5", "h6", "ul", "ol", "li", "em",
			"strong", "code", "pre", "blockquote", "hr", "a", "img");

	private static final Set<String> ATTRIBUTES = Set.of("href", "rel", "title", "src", "alt", "start", "class");

	private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):");

	private static final String REL = "rel=\"nofollow ugc noopener\"";

	private final PostText text = new PostText(BASE + "/");

	static List<String> payloads() {
		return XssPayloads.all();
	}

	@Test
	void corpusHoldsManyPayloadsWithTheirEscapesRead() {
		assertThat(XssPayloads.all()).hasSizeGreaterThanOrEqualTo(60)
			.contains("<script>alert(1)</script>", "[ref]\n\n[ref]: javascript:alert(1)", "\0<script>alert(1)</script>",
					"<IMG SRC=\"jav\tascript:alert('XSS');\">", "[x](\u200Bjavascript:alert(1))",
					"![x](/\\evil.example/track.png)")
			.noneMatch((payload) -> payload.startsWith(";") || payload.isEmpty());
	}

	@ParameterizedTest
	@MethodSource("payloads")
	void noPayloadSurvives(String payload) {
		String html = this.text.html("Before\n\n" + payload + "\n\nAfter");
		Document document = Jsoup.parseBodyFragment(html);
		assertThat(document.select("script, iframe, frame, object, embed, style, svg, math, form, base, link, meta"))
			.as(html)
			.isEmpty();
		for (Element element : document.body().getAllElements()) {
			if (element != document.body()) {
				assertSafe(element, html);
			}
		}
		assertThat(document.text()).as(html).startsWith("Before").endsWith("After");
	}

	private static void assertSafe(Element element, String html) {
		assertThat(ELEMENTS).as(html).contains(element.normalName());
		for (Attribute attribute : element.attributes()) {
			String name = attribute.getKey().toLowerCase(Locale.ROOT);
			assertThat(name).as(html).doesNotStartWith("on").isIn(ATTRIBUTES);
			if (name.equals("href") || name.equals("src")) {
				assertThat(schemeOf(attribute.getValue())).as(html).isIn(null, "http", "https", "mailto");
			}
		}
		if (element.normalName().equals("a")) {
			assertThat(element.attr("rel").split(" ")).as(html).contains("nofollow", "ugc", "noopener");
		}
		if (element.normalName().equals("img")) {
			assertThat(isOnInstance(element.attr("src"))).as(html).isTrue();
		}
		if (element.hasAttr("class")) {
			assertThat(element.normalName()).as(html).isEqualTo("code");
			assertThat(element.attr("class")).as(html).matches("language-[A-Za-z0-9_+#-]+");
		}
	}

	/** The scheme a browser reads in an address: it first drops controls and spaces. */
	private static @Nullable String schemeOf(String url) {
		String read = url.replaceAll("[\\t\\n\\r]", "").replaceAll("^[\\x00-\\x20]+", "");
		Matcher scheme = SCHEME.matcher(read);
		return scheme.lookingAt() ? scheme.group(1).toLowerCase(Locale.ROOT) : null;
	}

	private static boolean isOnInstance(String src) {
		String read = src.replaceAll("[\\t\\n\\r]", "").replaceAll("^[\\x00-\\x20]+", "").replace('\\', '/');
		return read.startsWith(BASE + "/") || (schemeOf(read) == null && !read.startsWith("//"));
	}

	@Test
	void markdownBecomesTheHtmlOfAForumPost() {
		String html = this.text.html("""
				# Rent allowance

				We discussed **rent allowances** and *waiting times*.
				A single line break stays.

				## What worked

				1. Write a `joint signal`
				2. Test article 12

				- one
				- two

				> A quote from the meeting

				---

				```java
				code block
				```
				""");
		assertThat(html).contains("<h3>Rent allowance</h3>")
			.contains("<strong>rent allowances</strong>")
			.contains("<em>waiting times</em>.<br />\nA single line break stays.")
			.contains("<h4>What worked</h4>")
			.contains("<ol><li>Write a <code>joint signal</code></li>")
			.contains("<ul><li>one</li>")
			.contains("<blockquote>\n<p>A quote from the meeting</p>\n</blockquote>")
			.contains("<hr />")
			.contains("<pre><code class=\"language-java\">code block");
		assertThat(this.text.html("###### deep")).isEqualTo("<h6>deep</h6>\n");
		assertThat(this.text.html("3. third\n4. fourth")).contains("<ol start=\"3\">");
		assertThat(this.text.html("  \n ")).isEmpty();
	}

	@Test
	void htmlInTheTextShowsAsText() {
		assertThat(this.text.html("a <b>bold</b> word")).isEqualTo("<p>a &lt;b&gt;bold&lt;/b&gt; word</p>\n");
	}

	@Test
	void everyLinkGetsItsRel() {
		assertThat(this.text.html("See [the guide](https://example.org/guide \"Guide\")"))
			.contains("<a href=\"https://example.org/guide\" title=\"Guide\" " + REL + ">the guide</a>");
		assertThat(this.text.html("[our page](/communities/x)"))
			.contains("<a href=\"/communities/x\" " + REL + ">our page</a>");
		assertThat(this.text.html("Bare https://example.org/a and www.example.org"))
			.contains("<a href=\"https://example.org/a\" " + REL + ">https://example.org/a</a>")
			.contains("<a href=\"http://www.example.org\" " + REL + ">www.example.org</a>");
		assertThat(this.text.html("Mail info@example.org")).contains("href=\"mailto:info&#64;example.org\" " + REL);
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "JaVaScRiPt:alert(1)", "jav&#x61;script:alert(1)",
			"java&Tab;script:alert(1)", "data:text/html,x", "vbscript:x", "file:///etc/passwd", "" })
	void aLinkElsewhereThanTheWebOrMailKeepsOnlyItsText(String destination) {
		assertThat(this.text.html("[click me](" + destination + ")")).isEqualTo("<p>click me</p>\n");
	}

	@Test
	void anImageOfTheInstanceStays() {
		assertThat(this.text.html("![chart](/files/7/chart.png)"))
			.isEqualTo("<p><img src=\"/files/7/chart.png\" alt=\"chart\" /></p>\n");
		assertThat(this.text.html("![chart](https://KRING.example.org/files/7/chart.png \"Chart\")")).isEqualTo(
				"<p><img src=\"https://KRING.example.org/files/7/chart.png\" alt=\"chart\" title=\"Chart\" /></p>\n");
	}

	@Test
	void anImageFromElsewhereBecomesALinkToIt() {
		assertThat(this.text.html("![a chart](https://other.example/chart.png)"))
			.isEqualTo("<p><a href=\"https://other.example/chart.png\" " + REL + ">a chart</a></p>\n");
		assertThat(this.text.html("![](//other.example/chart.png)"))
			.isEqualTo("<p><a href=\"//other.example/chart.png\" " + REL + ">//other.example/chart.png</a></p>\n");
		assertThat(this.text.html("![a chart](https://kring.example.org.other.example/chart.png)"))
			.doesNotContain("<img");
		assertThat(this.text.html("![a chart](javascript:alert(1))")).isEqualTo("<p>a chart</p>\n");
		assertThat(this.text.html("[![a chart](https://other.example/c.png)](https://example.org)"))
			.isEqualTo("<p><a href=\"https://example.org\" " + REL + ">a chart</a></p>\n");
	}

	@Test
	void plainTextLeavesTheMarkupOut() {
		String markdown = """
				# Tips

				Ask for **form 12** at [the desk](https://example.org/desk), see ![the map](/files/1.png).

				> quoted
				- a `code` item
				""";
		assertThat(PostText.plainText(markdown))
			.isEqualTo("Tips Ask for form 12 at the desk, see the map. quoted a code item");
		assertThat(PostText.plainText("a <b>b</b>")).isEqualTo("a <b>b</b>");
		assertThat(PostText.plainText("")).isEmpty();
	}

	@Test
	void anExcerptEndsAfterAWordWithinItsLength() {
		String markdown = "The **municipality** answered our signal about waiting times within two weeks.";
		assertThat(PostText.excerpt(markdown, 200))
			.isEqualTo("The municipality answered our signal about waiting times within two weeks.");
		String excerpt = PostText.excerpt(markdown, 30);
		assertThat(excerpt).isEqualTo("The municipality answered our…").hasSizeLessThanOrEqualTo(30);
		assertThat(PostText.excerpt("x".repeat(50), 10)).isEqualTo("xxxxxxxxx…");
		assertThat(PostText.excerpt("😀".repeat(5), 3)).isEqualTo("😀😀…");
	}

	@Test
	void mentionsAreHandlesAfterAnAtSign() {
		assertThat(this.text.mentions("""
				Thanks @ann and @Bob.Smith, and @karim_! Ask @ANN too.
				Mail ann@example.org or @@double, not `@incode` nor @-dash.
				[@linked](https://example.org) @سارة @o'neil

				    @indented code
				""")).containsExactly("ann", "bob.smith", "karim", "linked", "سارة", "o");
	}

	@Test
	void aHandleHasALimitedLength() {
		String longest = "a".repeat(PostText.HANDLE_MAX_LENGTH);
		assertThat(this.text.mentions("@" + longest + " and @" + longest + "b")).containsExactly(longest);
	}

	@Test
	void onePostMentionsAFewPeopleAtMost() {
		String many = String.join(" ", Arrays.stream(new String[PostText.MAX_MENTIONS + 5]).map((x) -> "@m").toList());
		StringBuilder distinct = new StringBuilder();
		for (int i = 0; i < PostText.MAX_MENTIONS + 5; i++) {
			distinct.append(" @member").append(i);
		}
		assertThat(this.text.mentions(many)).containsExactly("m");
		assertThat(this.text.mentions(distinct.toString())).hasSize(PostText.MAX_MENTIONS)
			.startsWith("member0")
			.endsWith("member" + (PostText.MAX_MENTIONS - 1));
	}

	@Test
	void controlCharactersButNewLinesAndTabsAreDroppedFromAPost() {
		assertThat(this.text.accepted("Rent\u0000 tips\u0007\r\n\tand\u001bmore")).isEqualTo("Rent tips\n\tandmore");
	}

	@Test
	void aPostUpToTheLimitIsAccepted() {
		String longest = "é".repeat(PostText.MAX_LENGTH - 2) + "\r\n😀";
		assertThat(this.text.accepted(longest)).endsWith("é\n😀").hasSize(PostText.MAX_LENGTH + 1);
		assertThat(new PostText(BASE, 5).accepted("a\rb\r\nc")).isEqualTo("a\nb\nc");
	}

	@Test
	void aLongerPostIsRefusedWithItsLength() {
		assertThatExceptionOfType(PostTooLong.class).isThrownBy(() -> this.text.accepted("x".repeat(1024 * 1024)))
			.satisfies((refusal) -> {
				assertThat(refusal.length()).isEqualTo(1024 * 1024);
				assertThat(refusal.maxLength()).isEqualTo(PostText.MAX_LENGTH);
			});
		assertThatExceptionOfType(PostTooLong.class)
			.isThrownBy(() -> this.text.accepted("x".repeat(PostText.MAX_LENGTH + 1)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "> ", "- ", "[", "*a ", "![", "<", "`", "_", "[x](" })
	void aPathologicalPostOfTheLongestLengthStillRendersToSafeHtml(String piece) {
		String markdown = piece.repeat(PostText.MAX_LENGTH / piece.length());
		String html = this.text.html(markdown);
		Document document = Jsoup.parseBodyFragment(html);
		for (Element element : document.body().getAllElements()) {
			if (element != document.body()) {
				assertSafe(element, html);
			}
		}
		assertThat(PostText.plainText(markdown).length()).isLessThanOrEqualTo(markdown.length());
		assertThat(this.text.mentions(markdown)).isEmpty();
	}

}
