package org.kring.expertise;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kring.system.TestPrincipal;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the real server, whose multipart limits MockMvc does not apply: a file over the
 * attachment limit gets the form's message, and a request over the whole-request limit
 * gets the 413 page in plain words; neither is a 500 nor a refused form token.
 */
class UploadTooLargeTests extends ExpertRequestTestSupport {

	private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final String BOUNDARY = "kringboundary7MA4YWxk";

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new java.net.CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void aFileOverTheLimitGetsTheFormsMessageAndARequestOverTheWholeLimitThe413Page() throws Exception {
		TestPrincipal coordinator = coordinator("Jonas");
		TestPrincipal expert = expert("Lene", "EVERYONE", null);
		String token = logIn(emailOf(coordinator));

		long eleven = 11L * 1024 * 1024;
		HttpResponse<String> tooLarge = send(token, expert, eleven);
		assertThat(tooLarge.statusCode()).isEqualTo(422);
		assertThat(tooLarge.body()).contains("A file is larger than 10 MB.").contains("value=\"Too large\"");

		long seventy = 70L * 1024 * 1024;
		HttpResponse<String> way = send(token, expert, seventy);
		assertThat(way.statusCode()).isEqualTo(413);
		assertThat(way.body()).contains("Files too large");
		assertThat(this.jdbc.queryForObject("select count(*) from expertise_request where asked_by = ?", Integer.class,
				coordinator.id()))
			.isZero();
	}

	private String logIn(String email) throws Exception {
		HttpResponse<String> login = this.client.send(request("/login").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token(login.body());
		HttpResponse<String> done = this.client
			.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(done.statusCode()).isEqualTo(302);
		HttpResponse<String> page = this.client.send(request("/experts/requests/new").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		return token(page.body());
	}

	private HttpResponse<String> send(String token, TestPrincipal expert, long fileSize) throws Exception {
		StringBuilder head = new StringBuilder();
		for (String[] field : List.of(new String[] { "_csrf", token }, new String[] { "kind", "REVIEW" },
				new String[] { "title", "Too large" }, new String[] { "question", "Read this" },
				new String[] { "dueOn", java.time.LocalDate.now(this.properties.timeZone()).plusDays(2).toString() },
				new String[] { "expert", expert.id().toString() })) {
			head.append("--")
				.append(BOUNDARY)
				.append("\r\nContent-Disposition: form-data; name=\"")
				.append(field[0])
				.append("\"\r\n\r\n")
				.append(field[1])
				.append("\r\n");
		}
		head.append("--")
			.append(BOUNDARY)
			.append("\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"big.pdf\"\r\n")
			.append("Content-Type: application/pdf\r\n\r\n%PDF-1.4\n");
		byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
		byte[] end = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
		long padding = fileSize - 9;
		HttpRequest request = request("/experts/requests/new?_csrf=" + token)
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.fromPublisher(
					HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
							Collections.enumeration(List.<InputStream>of(new ByteArrayInputStream(start),
									new Zeros(padding), new ByteArrayInputStream(end))))),
					start.length + padding + end.length))
			.build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept-Language", "en");
	}

	private static String token(String page) {
		Matcher token = FORM_TOKEN.matcher(page);
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	/** So many zero bytes, without holding them in memory. */
	private static final class Zeros extends InputStream {

		private long left;

		Zeros(long count) {
			this.left = count;
		}

		@Override
		public int read() {
			if (this.left <= 0) {
				return -1;
			}
			this.left--;
			return 0;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (this.left <= 0) {
				return -1;
			}
			int n = (int) Math.min(length, this.left);
			java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
			this.left -= n;
			return n;
		}

	}

}
