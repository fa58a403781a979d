package org.kring.discussion.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SequencedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jspecify.annotations.Nullable;
import org.kring.system.web.CleanText;
import org.kring.system.web.Markdown;
import org.owasp.html.PolicyFactory;

/**
 * The text of a post: Markdown as its author wrote it, turned into HTML that is safe to
 * put in a page as it is, into plain text, and into the handles it mentions.
 * <p>
 * CommonMark parses the text (bare web and e-mail addresses become links) and renders any
 * HTML in it as text, never as markup; an allow-list sanitizer then keeps only
 * paragraphs, line breaks, headings, lists, emphasis, code, quotes, rules, links and
 * images. Headings start at {@code h3}, since the thread's page holds the {@code h1} and
 * gives each post an {@code h2}. A link goes to {@code http}, {@code https},
 * {@code mailto} or a relative address, and carries {@code rel="nofollow ugc noopener"};
 * any other link is reduced to its text. An image comes only from the instance: a
 * relative address or one under the instance's base address. An image from elsewhere
 * becomes a link to it, named by its description. Scripts, frames, styles, event
 * handlers, {@code style} attributes and every other URL scheme never reach the output.
 * Only {@link #html(String)}'s output may go through jte's {@code $unsafe}.
 * <p>
 * A mention is {@code @} followed by a handle: 1 to {@value #HANDLE_MAX_LENGTH} letters
 * (of any script), digits, dots, dashes and underscores, beginning and ending with a
 * letter or digit, the longest such run; the {@code @} does not follow a letter, digit,
 * dot, dash, underscore or another {@code @}, so e-mail addresses mention nobody, and a
 * dot, dash or underscore after the handle ends it ({@code @ann.} mentions {@code ann}).
 * Mentions in code are not mentions.
 * <p>
 * The class needs no Spring context; one instance serves all threads at once.
 */
public final class PostText {

	/** The most characters a post holds unless the instance sets another limit. */
	public static final int MAX_LENGTH = 20_000;

	/**
	 * The most members one post notifies by mentioning them; further handles are not
	 * mentions, so that one post cannot flood a community.
	 */
	public static final int MAX_MENTIONS = 10;

	/** The longest handle a mention may name. */
	public static final int HANDLE_MAX_LENGTH = 40;

	private static final Parser PARSER = Parser.builder().extensions(List.of(AutolinkExtension.create())).build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.softbreak("<br>\n")
		.build();

	private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

	private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):");

	private static final Pattern LANGUAGE = Pattern.compile("language-[A-Za-z0-9_+#-]{1,30}");

	private static final Pattern MENTION = Pattern
		.compile("(?<![\\p{L}\\p{M}\\p{N}._@-])@([\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}._-]{0," + (HANDLE_MAX_LENGTH - 2)
				+ "}[\\p{L}\\p{M}\\p{N}])?)(?![\\p{L}\\p{M}\\p{N}]|[._-][\\p{L}\\p{M}\\p{N}])");

	private static final String ELLIPSIS = "…";

	private final String imageBase;

	private final int maxLength;

	private final PolicyFactory policy;

	/**
	 * A post text for an instance, with the default limit {@value #MAX_LENGTH}.
	 * @param instanceBase the instance's public address, such as
	 * {@code https://kring.example.org}: images under it are the instance's own
	 */
	public PostText(String instanceBase) {
		this(instanceBase, MAX_LENGTH);
	}

	/**
	 * A post text for an instance with a limit of its own.
	 * @param instanceBase the instance's public address: images under it are the
	 * instance's own
	 * @param maxLength the most characters a post holds, at least 1
	 */
	public PostText(String instanceBase, int maxLength) {
		if (maxLength < 1) {
			throw new IllegalArgumentException("A post must be able to hold a character");
		}
		String base = instanceBase.endsWith("/") ? instanceBase.substring(0, instanceBase.length() - 1) : instanceBase;
		this.imageBase = base.toLowerCase(Locale.ROOT) + "/";
		this.maxLength = maxLength;
		this.policy = Markdown.allowList()
			.allowElements("h3", "h4", "h5", "h6", "img")
			.allowAttributes("class")
			.matching(LANGUAGE)
			.onElements("code")
			.allowAttributes("src")
			.matching((element, attribute, value) -> isOwnImage(value) ? value : null)
			.onElements("img")
			.allowAttributes("alt")
			.onElements("img")
			.allowAttributes("title")
			.onElements("a", "img")
			.toFactory();
	}

	/**
	 * The most characters a post holds here.
	 * @return the limit
	 */
	public int maxLength() {
		return this.maxLength;
	}

	/**
	 * Checks a text someone wants to post, the way it is to be stored: line endings as
	 * {@code \n} (a browser sends {@code \r\n}), each character counted as one, whatever
	 * its encoding.
	 * @param markdown the text as submitted
	 * @return the text with its line endings made {@code \n}
	 * @throws PostTooLong if it holds more than {@link #maxLength()} characters
	 */
	public String accepted(String markdown) {
		String text = Objects.requireNonNull(CleanText.clean(markdown.replace("\r\n", "\n").replace('\r', '\n')));
		int length = text.codePointCount(0, text.length());
		if (length > this.maxLength) {
			throw new PostTooLong(length, this.maxLength);
		}
		return text;
	}

	/**
	 * Renders a post as safe HTML.
	 * @param markdown the post as stored
	 * @return HTML holding only the allowed elements, links and own images, empty for
	 * blank text
	 */
	public String html(String markdown) {
		if (markdown.isBlank()) {
			return "";
		}
		Node document = PARSER.parse(markdown);
		tidy(document);
		return this.policy.sanitize(RENDERER.render(document));
	}

	/**
	 * A post's text without its markup, for the search index: what a reader sees, with
	 * runs of white space made one space. Link addresses are left out, image descriptions
	 * kept, and HTML shows as the text it was typed as.
	 * @param markdown the post as stored
	 * @return the plain text, empty for blank text
	 */
	public static String plainText(String markdown) {
		var text = new PlainText(true);
		PARSER.parse(markdown).accept(text);
		return CleanText.spacedOnce(text.text.toString());
	}

	/**
	 * The beginning of a post's plain text, for a notification or a list.
	 * @param markdown the post as stored
	 * @param maxCharacters the most characters of the excerpt, at least 2
	 * @return the {@link #plainText(String) plain text} if it fits, or else as much of it
	 * as fits, cut after a word where there is one, followed by {@code …}
	 */
	public static String excerpt(String markdown, int maxCharacters) {
		if (maxCharacters < 2) {
			throw new IllegalArgumentException("An excerpt needs room for a character and the ellipsis");
		}
		String text = plainText(markdown);
		if (text.codePointCount(0, text.length()) <= maxCharacters) {
			return text;
		}
		int end = text.offsetByCodePoints(0, maxCharacters - 1);
		int space = text.lastIndexOf(' ', end);
		if (space > end / 2) {
			end = space;
		}
		return text.substring(0, end).strip() + ELLIPSIS;
	}

	/**
	 * The handles a post mentions, each once, in the order they first appear, at most
	 * {@value #MAX_MENTIONS}. Whether a handle names a member who may be notified is the
	 * caller's to decide.
	 * @param markdown the post as stored
	 * @return the handles in lower case, without their {@code @}
	 */
	public List<String> mentions(String markdown) {
		var text = new PlainText(false);
		PARSER.parse(markdown).accept(text);
		SequencedSet<String> handles = new LinkedHashSet<>();
		Matcher mention = MENTION.matcher(text.text);
		while (handles.size() < MAX_MENTIONS && mention.find()) {
			handles.add(mention.group(1).toLowerCase(Locale.ROOT));
		}
		return List.copyOf(handles);
	}

	private void tidy(Node document) {
		var nodes = new Collector();
		document.accept(nodes);
		for (Heading heading : nodes.headings) {
			heading.setLevel(Math.min(heading.getLevel() + 2, 6));
		}
		for (Link link : nodes.links) {
			if (!isSafeLink(link.getDestination())) {
				unwrap(link);
			}
		}
		for (Image image : nodes.images) {
			String source = image.getDestination();
			if (isOwnImage(source)) {
				continue;
			}
			if (isSafeLink(source) && !insideLink(image)) {
				var link = new Link(source, image.getTitle());
				if (image.getFirstChild() == null) {
					link.appendChild(new Text(source));
				}
				moveChildren(image, link);
				image.insertAfter(link);
				image.unlink();
			}
			else {
				unwrap(image);
			}
		}
	}

	private static void unwrap(Node node) {
		Node child = node.getFirstChild();
		while (child != null) {
			Node next = child.getNext();
			node.insertBefore(child);
			child = next;
		}
		node.unlink();
	}

	private static void moveChildren(Node from, Node to) {
		Node child = from.getFirstChild();
		while (child != null) {
			Node next = child.getNext();
			to.appendChild(child);
			child = next;
		}
	}

	private static boolean insideLink(Node node) {
		for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
			if (parent instanceof Link) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether an address is fit for a link: relative, or {@code http}, {@code https} or
	 * {@code mailto}. Browsers drop white space and control characters inside a scheme
	 * ({@code java\tscript:}), so an address holding any is refused.
	 */
	private static boolean isSafeLink(@Nullable String url) {
		if (url == null || url.isEmpty()) {
			return false;
		}
		for (int i = 0; i < url.length(); i++) {
			char c = url.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
					|| Character.getType(c) == Character.FORMAT) {
				return false;
			}
		}
		Matcher scheme = SCHEME.matcher(url);
		if (scheme.lookingAt()) {
			return LINK_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT));
		}
		int colon = url.indexOf(':');
		return colon < 0 || firstOf(url, "/?#") < colon;
	}

	private boolean isOwnImage(@Nullable String url) {
		if (url == null || !isSafeLink(url) || url.indexOf('\\') >= 0) {
			return false;
		}
		if (url.toLowerCase(Locale.ROOT).startsWith(this.imageBase)) {
			return true;
		}
		return !SCHEME.matcher(url).lookingAt() && !url.startsWith("//");
	}

	private static int firstOf(String text, String characters) {
		for (int i = 0; i < text.length(); i++) {
			if (characters.indexOf(text.charAt(i)) >= 0) {
				return i;
			}
		}
		return Integer.MAX_VALUE;
	}

	private static final class Collector extends AbstractVisitor {

		private final List<Heading> headings = new ArrayList<>();

		private final List<Link> links = new ArrayList<>();

		private final List<Image> images = new ArrayList<>();

		@Override
		public void visit(Heading heading) {
			this.headings.add(heading);
			visitChildren(heading);
		}

		@Override
		public void visit(Link link) {
			this.links.add(link);
			visitChildren(link);
		}

		@Override
		public void visit(Image image) {
			this.images.add(image);
			visitChildren(image);
		}

	}

	/** The text a reader sees, with or without what is written as code. */
	private static final class PlainText extends AbstractVisitor {

		private final StringBuilder text = new StringBuilder();

		private final boolean withCode;

		PlainText(boolean withCode) {
			this.withCode = withCode;
		}

		@Override
		public void visit(Text text) {
			this.text.append(text.getLiteral());
		}

		@Override
		public void visit(Code code) {
			this.text.append(this.withCode ? code.getLiteral() : " ");
		}

		@Override
		public void visit(FencedCodeBlock codeBlock) {
			this.text.append(this.withCode ? codeBlock.getLiteral() : "").append(' ');
		}

		@Override
		public void visit(IndentedCodeBlock codeBlock) {
			this.text.append(this.withCode ? codeBlock.getLiteral() : "").append(' ');
		}

		@Override
		public void visit(HtmlInline html) {
			this.text.append(html.getLiteral());
		}

		@Override
		public void visit(HtmlBlock html) {
			this.text.append(html.getLiteral()).append(' ');
		}

		@Override
		public void visit(SoftLineBreak softLineBreak) {
			this.text.append(' ');
		}

		@Override
		public void visit(HardLineBreak hardLineBreak) {
			this.text.append(' ');
		}

		@Override
		protected void visitChildren(Node parent) {
			super.visitChildren(parent);
			if (parent instanceof Block) {
				this.text.append(' ');
			}
		}

	}

}
