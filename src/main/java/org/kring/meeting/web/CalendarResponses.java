package org.kring.meeting.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.zip.CRC32;

import org.kring.meeting.internal.CalendarFiles;
import org.kring.meeting.internal.Meeting;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

/**
 * How calendar files are answered: as {@code text/calendar} with a file name, cached for
 * a few minutes, and with an ETag and Last-Modified computed from the meetings so that a
 * calendar program that asks again gets 304 when nothing changed.
 */
final class CalendarResponses {

	/** How long calendar programs and browsers may keep a file. */
	static final Duration MAX_AGE = Duration.ofMinutes(5);

	private CalendarResponses() {
	}

	/**
	 * A calendar file, or 304 when the client holds the same version.
	 * @param request the request, for its conditional headers
	 * @param fileName the file name, without extension
	 * @param meetings what the file holds
	 * @param shared whether shared caches may keep it (for files anyone may read)
	 * @param attachment whether browsers should save it rather than subscribe
	 * @param file builds the file, when it is needed
	 * @return the answer
	 */
	static ResponseEntity<byte[]> of(WebRequest request, String fileName, List<Meeting> meetings, boolean shared,
			boolean attachment, Supplier<byte[]> file) {
		String etag = etag(fileName, meetings);
		Instant modified = meetings.stream().map(Meeting::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
		CacheControl cache = shared ? CacheControl.maxAge(MAX_AGE).cachePublic()
				: CacheControl.maxAge(MAX_AGE).cachePrivate();
		if (request.checkNotModified(etag, modified.toEpochMilli())) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).cacheControl(cache).eTag(etag).build();
		}
		ContentDisposition.Builder disposition = attachment ? ContentDisposition.attachment()
				: ContentDisposition.inline();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(CalendarFiles.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					disposition.filename(fileName(fileName) + ".ics", StandardCharsets.UTF_8).build().toString())
			.cacheControl(cache)
			.eTag(etag)
			.lastModified(modified)
			.body(file.get());
	}

	private static String etag(String name, List<Meeting> meetings) {
		CRC32 crc = new CRC32();
		StringBuilder text = new StringBuilder(name);
		for (Meeting meeting : meetings) {
			text.append('|')
				.append(meeting.id())
				.append(':')
				.append(meeting.sequence())
				.append(':')
				.append(meeting.state())
				.append(':')
				.append(meeting.updatedAt().toEpochMilli());
		}
		crc.update(text.toString().getBytes(StandardCharsets.UTF_8));
		return "\"" + HexFormat.of().toHexDigits(crc.getValue()) + "-" + meetings.size() + "\"";
	}

	/**
	 * A name safe in every file system: lower-case letters, digits and hyphens.
	 * @param name such as a meeting's title
	 * @return such as {@code housing-and-income}
	 */
	static String fileName(String name) {
		String safe = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (safe.length() > 60) {
			safe = safe.substring(0, 60).replaceAll("-+$", "");
		}
		return safe.isEmpty() ? "calendar" : safe;
	}

}
