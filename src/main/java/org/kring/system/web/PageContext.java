package org.kring.system.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import gg.jte.support.LocalizationSupport;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * What every page's layout needs besides its own model: the language and its direction,
 * interface text, the form token, the signed-in person and where the page is.
 */
public final class PageContext implements LocalizationSupport {

	/**
	 * The name of the flash attribute that carries a notice (a message key) to the page a
	 * redirect leads to, such as "Your name was saved".
	 */
	public static final String NOTICE = "notice";

	private final Locale locale;

	private final MessageSource messages;

	private final String instanceName;

	private final String path;

	private final String returnPath;

	private final @Nullable String csrfParameter;

	private final @Nullable String csrfToken;

	private final @Nullable String displayName;

	private final boolean administrator;

	private final boolean development;

	private final @Nullable String notice;

	private final Supplier<@Nullable Long> bell;

	private @Nullable Long unreadNotifications;

	private boolean counted;

	PageContext(Locale locale, MessageSource messages, String instanceName, String path, String returnPath,
			@Nullable String csrfParameter, @Nullable String csrfToken, @Nullable String displayName,
			boolean administrator, boolean development, @Nullable String notice, Supplier<@Nullable Long> bell) {
		this.locale = locale;
		this.messages = messages;
		this.instanceName = instanceName;
		this.path = path;
		this.returnPath = returnPath;
		this.csrfParameter = csrfParameter;
		this.csrfToken = csrfToken;
		this.displayName = displayName;
		this.administrator = administrator;
		this.development = development;
		this.notice = notice;
		this.bell = bell;
	}

	@Override
	public @Nullable String lookup(String key) {
		return this.messages.getMessage(key, null, key, this.locale);
	}

	/**
	 * Interface text for a key, in the page's language, with arguments filled in.
	 * @param key the message key
	 * @param args the arguments of the message
	 * @return the text, or the key itself when the bundles lack it
	 */
	public String text(String key, Object... args) {
		String text = this.messages.getMessage(key, args, key, this.locale);
		return (text != null) ? text : key;
	}

	public Locale locale() {
		return this.locale;
	}

	public String lang() {
		return this.locale.toLanguageTag();
	}

	public String dir() {
		return Languages.isRightToLeft(this.locale) ? "rtl" : "ltr";
	}

	public List<Languages.Language> languages() {
		return Languages.SUPPORTED;
	}

	public boolean isCurrent(Languages.Language language) {
		return language.locale().getLanguage().equals(this.locale.getLanguage());
	}

	public String instanceName() {
		return this.instanceName;
	}

	/**
	 * The path of the page the person asked for; on an error page, the path that failed.
	 * @return the path, without the query
	 */
	public String path() {
		return this.path;
	}

	/**
	 * Where the language switcher returns to: this page, with its query.
	 * @return a local path with its query, if any
	 */
	public String returnPath() {
		return this.returnPath;
	}

	public @Nullable String csrfParameter() {
		return this.csrfParameter;
	}

	public @Nullable String csrfToken() {
		return this.csrfToken;
	}

	public boolean signedIn() {
		return this.displayName != null;
	}

	public @Nullable String displayName() {
		return this.displayName;
	}

	public boolean administrator() {
		return this.administrator;
	}

	public boolean development() {
		return this.development;
	}

	/**
	 * The notice the previous request left for this page.
	 * @return a message key, or null when there is none
	 */
	public @Nullable String notice() {
		return this.notice;
	}

	/**
	 * The count the bell in the header shows, asked once per page and only when shown.
	 * @return the signed-in person's unread notifications, or null when no bell is shown
	 * (a visitor, an error page)
	 */
	public @Nullable Long unreadNotifications() {
		if (!this.counted) {
			this.unreadNotifications = this.bell.get();
			this.counted = true;
		}
		return this.unreadNotifications;
	}

}
