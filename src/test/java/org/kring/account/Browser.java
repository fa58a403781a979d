package org.kring.account;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A very small browser for tests against the running application: keeps its cookies,
 * sends the form token of the last page it saw, does not follow redirects by itself.
 */
public final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private final Map<String, String> headers = new LinkedHashMap<>();

	private @Nullable String csrf;

	public Browser(String base) {
		this.base = base;
		this.headers.put("Accept-Language", "en");
	}

	public Browser speaking(String language) {
		this.headers.put("Accept-Language", language);
		return this;
	}

	public Browser from(String remoteAddress) {
		this.headers.put("X-Forwarded-For", remoteAddress);
		return this;
	}

	public Page get(String pathAndQuery) {
		return send(request(pathAndQuery).GET());
	}

	/**
	 * Posts a form with the form token of the last page seen.
	 * @param path where to post
	 * @param fields names and values, alternating
	 */
	public Page post(String path, String... fields) {
		if (this.csrf == null) {
			throw new IllegalStateException("Open a page with a form first");
		}
		String[] withToken = new String[fields.length + 2];
		System.arraycopy(fields, 0, withToken, 0, fields.length);
		withToken[fields.length] = "_csrf";
		withToken[fields.length + 1] = this.csrf;
		return postWithoutToken(path, withToken);
	}

	public Page postWithoutToken(String path, String... fields) {
		StringJoiner body = new StringJoiner("&");
		for (int i = 0; i < fields.length; i += 2) {
			body.add(URLEncoder.encode(fields[i], StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
		}
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	/**
	 * Follows a redirect.
	 */
	public Page follow(Page page) {
		if (page.location() == null) {
			throw new AssertionError("Not a redirect: " + page.status());
		}
		String location = page.location();
		return get(location.startsWith("http")
				? URI.create(location).getRawPath()
						+ ((URI.create(location).getRawQuery() != null) ? "?" + URI.create(location).getRawQuery() : "")
				: location);
	}

	public boolean hasSession() {
		return this.cookies.containsKey("KRING_SESSION");
	}

	private HttpRequest.Builder request(String pathAndQuery) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + pathAndQuery));
		this.headers.forEach(builder::header);
		if (!this.cookies.isEmpty()) {
			StringJoiner cookie = new StringJoiner("; ");
			this.cookies.forEach((name, value) -> cookie.add(name + "=" + value));
			builder.header("Cookie", cookie.toString());
		}
		return builder;
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.client.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			for (String setCookie : response.headers().allValues("Set-Cookie")) {
				keep(setCookie);
			}
			Matcher token = CSRF.matcher(response.body());
			if (token.find()) {
				this.csrf = token.group(1);
			}
			return new Page(response.statusCode(), response.body(),
					response.headers().firstValue("Location").orElse(null));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void keep(String setCookie) {
		String pair = setCookie.split(";", 2)[0];
		int equals = pair.indexOf('=');
		String name = pair.substring(0, equals).strip();
		String value = pair.substring(equals + 1).strip();
		if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
			this.cookies.remove(name);
		}
		else {
			this.cookies.put(name, value);
		}
	}

	/**
	 * One answer.
	 *
	 * @param status the HTTP status
	 * @param body the page
	 * @param location where a redirect leads, else null
	 */
	public record Page(int status, String body, @Nullable String location) {

		/**
		 * The page without its form tokens, which differ on every page.
		 */
		public String withoutToken() {
			return CSRF.matcher(this.body).replaceAll("name=\"_csrf\" value=\"\"");
		}

		/**
		 * The path a redirect leads to, without scheme and host.
		 */
		public @Nullable String redirectPath() {
			if (this.location == null) {
				return null;
			}
			URI uri = URI.create(this.location);
			return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		}

	}

}
