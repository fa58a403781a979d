package org.kring.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately plain HTTP/1.1 client for tests against the running server: it sends
 * exactly the bytes it is given (malformed ones included), follows no redirect and keeps
 * no cookie.
 */
public final class Http {

	private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final int port;

	public Http(int port) {
		this.port = port;
	}

	/**
	 * Sends a GET request.
	 * @param target the request target as sent, such as {@code /a?b=c}; not checked
	 * @param headers header lines such as {@code "Accept-Language: ar"}
	 * @return the response
	 * @throws IOException when the server cannot be reached
	 */
	public Response get(String target, String... headers) throws IOException {
		return send("GET", target, null, headers);
	}

	/**
	 * Sends a form as a POST request.
	 * @param target the request target
	 * @param form the url-encoded form, may be empty
	 * @param headers header lines
	 * @return the response
	 * @throws IOException when the server cannot be reached
	 */
	public Response post(String target, String form, String... headers) throws IOException {
		List<String> all = new ArrayList<>(List.of(headers));
		all.add("Content-Type: application/x-www-form-urlencoded");
		return send("POST", target, form, all.toArray(String[]::new));
	}

	/**
	 * Sends any request.
	 * @param method the method
	 * @param target the request target, sent as it is
	 * @param body the body, or null for none
	 * @param headers header lines
	 * @return the response
	 * @throws IOException when the server cannot be reached
	 */
	public Response send(String method, String target, @org.jspecify.annotations.Nullable String body,
			String... headers) throws IOException {
		byte[] content = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
		StringBuilder request = new StringBuilder();
		request.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
		request.append("Host: localhost:").append(this.port).append("\r\n");
		request.append("Connection: close\r\n");
		for (String header : headers) {
			request.append(header).append("\r\n");
		}
		if (body != null) {
			request.append("Content-Length: ").append(content.length).append("\r\n");
		}
		request.append("\r\n");
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.UTF_8));
			out.write(content);
			out.flush();
			return Response.parse(socket.getInputStream().readAllBytes());
		}
	}

	/**
	 * A form token and the cookie that goes with it, as a browser would get them from a
	 * page.
	 * @return the token
	 * @throws IOException when the server cannot be reached
	 */
	public FormToken formToken() throws IOException {
		Response home = get("/");
		Matcher matcher = FORM_TOKEN.matcher(home.body());
		if (!matcher.find()) {
			throw new IllegalStateException("The home page has no form token");
		}
		String cookie = home.cookie("KRING_CSRF")
			.orElseThrow(() -> new IllegalStateException("The home page set no form token cookie"));
		return new FormToken(matcher.group(1), "Cookie: " + cookie.substring(0, cookie.indexOf(';')));
	}

	/**
	 * A form token.
	 *
	 * @param value the value of the form's {@code _csrf} field
	 * @param cookieHeader the {@code Cookie} header line to send with it
	 */
	public record FormToken(String value, String cookieHeader) {
	}

	/**
	 * A response.
	 *
	 * @param status the status code
	 * @param headerLines the header lines as received
	 * @param body the body, decoded as UTF-8
	 */
	public record Response(int status, List<String> headerLines, String body) {

		static Response parse(byte[] raw) {
			String text = new String(raw, StandardCharsets.ISO_8859_1);
			int end = text.indexOf("\r\n\r\n");
			String head = (end >= 0) ? text.substring(0, end) : text;
			byte[] rest = (end >= 0) ? java.util.Arrays.copyOfRange(raw, end + 4, raw.length) : new byte[0];
			List<String> lines = List.of(head.split("\r\n"));
			int status = Integer.parseInt(lines.get(0).split(" ")[1]);
			List<String> headerLines = lines.subList(1, lines.size());
			boolean chunked = headerLines.stream()
				.anyMatch((line) -> line.toLowerCase(Locale.ROOT).startsWith("transfer-encoding:")
						&& line.toLowerCase(Locale.ROOT).contains("chunked"));
			byte[] body = chunked ? unchunk(rest) : rest;
			return new Response(status, headerLines, new String(body, StandardCharsets.UTF_8));
		}

		private static byte[] unchunk(byte[] chunked) {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			InputStream in = new java.io.ByteArrayInputStream(chunked);
			try {
				while (true) {
					StringBuilder size = new StringBuilder();
					int c;
					while ((c = in.read()) != -1 && c != '\n') {
						if (c != '\r') {
							size.append((char) c);
						}
					}
					String hex = size.toString().split(";")[0].trim();
					if (hex.isEmpty()) {
						return body.toByteArray();
					}
					int length = Integer.parseInt(hex, 16);
					if (length == 0) {
						return body.toByteArray();
					}
					body.write(in.readNBytes(length));
					in.readNBytes(2);
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		/**
		 * The headers by lower-case name, each with all its values.
		 * @return the headers
		 */
		public Map<String, List<String>> headers() {
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (String line : this.headerLines) {
				int colon = line.indexOf(':');
				headers
					.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
							(name) -> new ArrayList<>())
					.add(line.substring(colon + 1).trim());
			}
			return headers;
		}

		public List<String> header(String name) {
			return headers().getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
		}

		/**
		 * The {@code Set-Cookie} value of a cookie.
		 * @param name the cookie's name
		 * @return the whole header value, attributes included
		 */
		public Optional<String> cookie(String name) {
			return header("Set-Cookie").stream().filter((value) -> value.startsWith(name + "=")).findFirst();
		}

	}

}
