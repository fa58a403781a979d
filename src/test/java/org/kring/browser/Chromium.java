package org.kring.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless Chromium for the whole test JVM, closed when JUnit closes its root store.
 * Debian's Chromium is used where it is installed; elsewhere Playwright provides its own.
 */
final class Chromium implements AutoCloseable {

	/** Where Debian's chromium package puts the browser. */
	static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

	/**
	 * As root without a sandbox, and without the background traffic to Google that a
	 * closed network refuses (and that would otherwise leave this machine during tests).
	 */
	static final List<String> ARGUMENTS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
			"--disable-background-networking", "--disable-component-update", "--disable-sync");

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

	private final Playwright playwright;

	private final Browser browser;

	private Chromium() {
		boolean debian = Files.isExecutable(DEBIAN_CHROMIUM);
		Playwright.CreateOptions create = new Playwright.CreateOptions();
		if (debian) {
			create.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
		}
		this.playwright = Playwright.create(create);
		BrowserType.LaunchOptions launch = new BrowserType.LaunchOptions().setHeadless(true).setArgs(ARGUMENTS);
		if (debian) {
			launch.setExecutablePath(DEBIAN_CHROMIUM);
		}
		try {
			this.browser = this.playwright.chromium().launch(launch);
		}
		catch (RuntimeException ex) {
			this.playwright.close();
			throw ex;
		}
	}

	/**
	 * The browser shared by every test in this JVM, launched on first use.
	 * @param context any extension context of the running test
	 * @return the running browser
	 */
	static Browser shared(ExtensionContext context) {
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(Chromium.class, (key) -> new Chromium(), Chromium.class).browser;
	}

	@Override
	public void close() {
		try {
			this.browser.close();
		}
		finally {
			this.playwright.close();
		}
	}

}
