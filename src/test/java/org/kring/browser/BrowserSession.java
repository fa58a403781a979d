package org.kring.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One test's view of the browser: fresh browser contexts (cookies, storage, locale) for
 * this test only, on the shared Chromium, against the application started by the Spring
 * test context on a random port.
 *
 * <p>
 * Every context it makes refuses requests to any origin but the application's and fails
 * the test after it ran if a page tried one. Every page a test visits must pass the
 * accessibility check: {@link #open}, {@link #visit}, {@link #follow} and {@link #click}
 * check what they load; after any other action that loads or changes a page call
 * {@link #checkAccessibility}. The page a test ends on is checked automatically; a page
 * that was left without a check fails the test. On failure a screenshot of each open page
 * is written under {@code target/browser-failures}.
 */
public final class BrowserSession implements BeforeEachCallback, AfterEachCallback {

	private static final Path FAILURES = Path.of("target", "browser-failures");

	private static final double TIMEOUT_MILLIS = 10_000;

	private @Nullable Browser browser;

	private @Nullable URI origin;

	private @Nullable Page page;

	private final List<BrowserContext> contexts = new ArrayList<>();

	private final Map<BrowserContext, Consumer<Browser.NewContextOptions>> options = new IdentityHashMap<>();

	private final Map<Page, Visit> visits = new IdentityHashMap<>();

	private final Map<BrowserContext, Page> twins = new IdentityHashMap<>();

	private final List<String> unchecked = new ArrayList<>();

	private final List<String> foreignRequests = new ArrayList<>();

	@Override
	public void beforeEach(ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context)
			.getEnvironment()
			.getRequiredProperty("local.server.port");
		this.origin = URI.create("http://localhost:" + port);
		this.browser = Chromium.shared(context);
	}

	@Override
	public void afterEach(ExtensionContext context) throws IOException {
		try {
			if (context.getExecutionException().isPresent()) {
				screenshots(context);
			}
			else {
				try {
					checkPagesLeftOpen();
				}
				catch (AssertionError ex) {
					screenshots(context);
					throw ex;
				}
			}
			verifyNothingLeftTheOrigin();
			verifyEveryPageWasChecked();
		}
		finally {
			for (BrowserContext browserContext : this.contexts) {
				browserContext.close();
			}
		}
	}

	/**
	 * The application's origin, such as {@code http://localhost:40123}.
	 * @return scheme, host and port without a trailing slash
	 */
	public String origin() {
		return home().toString();
	}

	/**
	 * The page of this test's first browser context, made on first use: a Dutch-speaking
	 * browser in Brussels on a desktop-sized window.
	 * @return the same page on every call within one test
	 */
	public Page page() {
		if (this.page == null) {
			this.page = newPage((options) -> {
			});
		}
		return this.page;
	}

	/**
	 * A page in a new browser context of its own (another person, another device).
	 * @param options changes to the defaults ({@code nl-BE}, Europe/Brussels, 1280 x 720,
	 * relative URLs resolved against the application), such as
	 * {@code options -> options.setLocale("en").setJavaScriptEnabled(false)}
	 * @return a blank page
	 */
	public Page newPage(Consumer<Browser.NewContextOptions> options) {
		BrowserContext context = newContext(settings(options));
		this.options.put(context, options);
		context.onPage(this::follow);
		Page created = context.newPage();
		if (!this.visits.containsKey(created)) {
			follow(created);
		}
		return created;
	}

	/**
	 * Opens a path of the application on this test's first page and checks it.
	 * @param path such as {@code "/"} or {@code "/login?next=/account"}
	 * @return the page, showing it
	 */
	public Page open(String path) {
		visit(page(), path);
		return page();
	}

	/**
	 * Opens a path of the application on the given page and checks it.
	 * @param page a page made by this session
	 * @param path such as {@code "/"}
	 * @return the main response, for its status
	 * @throws AssertionError when the page has accessibility violations
	 */
	public Response visit(Page page, String path) {
		if (!path.startsWith("/")) {
			throw new IllegalArgumentException("Visit a path of the application, not " + path);
		}
		Response response = page.navigate(origin() + path);
		checkAccessibility(page);
		return Objects.requireNonNull(response, "no response for " + path);
	}

	/**
	 * Opens a link the application wrote into a mail. Links start with
	 * {@code kring.base-url}, which in tests is not where the application listens, so the
	 * path, query and fragment are kept and the origin is replaced.
	 * @param page a page made by this session
	 * @param link a link, such as {@link ReceivedMail#firstLink()}
	 * @return the main response
	 */
	public Response follow(Page page, URI link) {
		String path = (link.getRawPath() == null || link.getRawPath().isEmpty()) ? "/" : link.getRawPath();
		String query = (link.getRawQuery() != null) ? "?" + link.getRawQuery() : "";
		String fragment = (link.getRawFragment() != null) ? "#" + link.getRawFragment() : "";
		return visit(page, path + query + fragment);
	}

	/**
	 * Clicks a link or button that loads another page (or changes this one) and checks
	 * the result.
	 * @param target what a person would click
	 * @return the page, showing the result
	 */
	public Page click(Locator target) {
		target.click();
		checkAccessibility(target.page());
		return target.page();
	}

	/**
	 * Runs the accessibility check on the page as it is now; call it after an action that
	 * loaded another page (a submitted form, a followed link) or changed it. In a context
	 * without JavaScript the page's markup is checked in a twin page that runs scripts,
	 * as axe-core itself is one.
	 * @param page a page made by this session
	 * @throws AssertionError listing the violations
	 */
	public void checkAccessibility(Page page) {
		page.waitForLoadState();
		Consumer<Browser.NewContextOptions> options = this.options.get(page.context());
		Browser.NewContextOptions settings = settings((options != null) ? options : (ignored) -> {
		});
		if (Boolean.FALSE.equals(settings.javaScriptEnabled)) {
			checkWithScript(page, settings);
		}
		else {
			Accessibility.assertNoViolations(page);
		}
		Visit visit = this.visits.get(page);
		if (visit != null) {
			visit.checked = true;
		}
	}

	private Browser.NewContextOptions settings(Consumer<Browser.NewContextOptions> options) {
		Browser.NewContextOptions settings = new Browser.NewContextOptions().setBaseURL(origin())
			.setLocale("nl-BE")
			.setTimezoneId("Europe/Brussels")
			.setViewportSize(1280, 720);
		options.accept(settings);
		return settings;
	}

	private BrowserContext newContext(Browser.NewContextOptions settings) {
		BrowserContext context = Objects.requireNonNull(this.browser, "browser").newContext(settings);
		this.contexts.add(context);
		context.setDefaultTimeout(TIMEOUT_MILLIS);
		context.route("**/*", this::stayHome);
		return context;
	}

	// axe-core is a script and waits forever in a page without JavaScript: check the same
	// markup in a page of the same origin that runs scripts (no second request to the
	// URL, which may be a single-use link); one such twin per context, made on its first
	// check and closed with the other contexts after the test
	private void checkWithScript(Page page, Browser.NewContextOptions settings) {
		String markup = page.content();
		Page twin = this.twins.computeIfAbsent(page.context(), (context) -> twin(settings));
		twin.setContent(markup);
		Accessibility.assertNoViolations(twin);
	}

	private Page twin(Browser.NewContextOptions settings) {
		Page twin = newContext(settings.setJavaScriptEnabled(true)).newPage();
		twin.navigate(origin() + "/");
		return twin;
	}

	private void follow(Page created) {
		if (this.visits.containsKey(created)) {
			return;
		}
		this.visits.put(created, new Visit("about:blank"));
		created.onFrameNavigated((frame) -> {
			if (frame.parentFrame() == null) {
				navigated(created, frame.url());
			}
		});
		created.onWebSocket((socket) -> {
			if (!isHome(socket.url())) {
				this.foreignRequests.add("WebSocket " + socket.url());
			}
		});
	}

	private void navigated(Page page, String url) {
		Visit current = this.visits.get(page);
		if (current != null && !current.url.equals(url) && withoutFragment(current.url).equals(withoutFragment(url))) {
			// only the fragment changed (a skip link, an anchor): still the same document
			return;
		}
		if (current != null && !current.checked && isWeb(current.url)) {
			this.unchecked.add(current.url);
		}
		this.visits.put(page, new Visit(url));
	}

	private void stayHome(Route route) {
		String url = route.request().url();
		if (isHome(url)) {
			route.resume();
		}
		else {
			this.foreignRequests.add(route.request().method() + " " + url);
			route.abort("blockedbyclient");
		}
	}

	private boolean isHome(String url) {
		try {
			URI uri = URI.create(url);
			URI home = home();
			return Objects.equals(uri.getScheme(), home.getScheme()) && Objects.equals(uri.getHost(), home.getHost())
					&& uri.getPort() == home.getPort();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * The requests blocked so far, forgotten by this call so they no longer fail the
	 * test. For tests of this class only.
	 */
	List<String> takeBlockedRequests() {
		List<String> taken = List.copyOf(this.foreignRequests);
		this.foreignRequests.clear();
		return taken;
	}

	/**
	 * The pages left without a check so far, forgotten by this call so they no longer
	 * fail the test. For tests of this class only.
	 */
	List<String> takeUncheckedPages() {
		List<String> taken = List.copyOf(this.unchecked);
		this.unchecked.clear();
		return taken;
	}

	private void checkPagesLeftOpen() {
		for (Map.Entry<Page, Visit> entry : this.visits.entrySet()) {
			Visit visit = entry.getValue();
			if (!visit.checked && isWeb(visit.url) && !entry.getKey().isClosed()) {
				checkAccessibility(entry.getKey());
			}
		}
	}

	private void verifyNothingLeftTheOrigin() {
		if (!this.foreignRequests.isEmpty()) {
			throw new AssertionError("Requests left the application's origin " + origin() + " (blocked): "
					+ String.join(", ", this.foreignRequests));
		}
	}

	private void verifyEveryPageWasChecked() {
		if (!this.unchecked.isEmpty()) {
			throw new AssertionError("Pages visited without an accessibility check (call "
					+ "browser.checkAccessibility(page) after the action that loaded them): "
					+ String.join(", ", this.unchecked));
		}
	}

	private void screenshots(ExtensionContext context) throws IOException {
		Files.createDirectories(FAILURES);
		String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
		int number = 0;
		for (Page open : this.visits.keySet()) {
			if (open.isClosed()) {
				continue;
			}
			number++;
			try {
				open.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(FAILURES.resolve(name + "-" + number + ".png")));
			}
			catch (PlaywrightException ex) {
				// the failure itself matters more than its picture
			}
		}
	}

	private URI home() {
		return Objects.requireNonNull(this.origin, "the origin is known once the test runs");
	}

	// not about:blank nor the browser's own error page for a blocked request
	private static boolean isWeb(String url) {
		return url.startsWith("http:") || url.startsWith("https:");
	}

	private static String withoutFragment(String url) {
		int hash = url.indexOf('#');
		return (hash < 0) ? url : url.substring(0, hash);
	}

	private static final class Visit {

		private final String url;

		private boolean checked;

		Visit(String url) {
			this.url = url;
		}

	}

}
