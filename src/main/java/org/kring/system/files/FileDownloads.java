package org.kring.system.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import java.nio.file.Path;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/**
 * A stored file as the browser receives it: with the type its content showed, to save
 * rather than to open, under its original name (RFC 5987 for names beyond ASCII), and
 * never sniffed into something else.
 */
public final class FileDownloads {

	private FileDownloads() {
	}

	/**
	 * A file to download that only its readers may fetch: never kept by a shared cache.
	 * @param path where the file is
	 * @param originalName the name it was uploaded with, already made safe
	 * @param contentType the type its content showed
	 * @return the response, or 404 when the file is gone from disk
	 */
	public static ResponseEntity<Resource> privately(Path path, String originalName, String contentType) {
		return of(path, originalName, contentType, "private, no-store");
	}

	/**
	 * A file anyone may fetch: a cache may keep it, since a stored file never changes.
	 * @param path where the file is
	 * @param originalName the name it was uploaded with, already made safe
	 * @param contentType the type its content showed
	 * @return the response, or 404 when the file is gone from disk
	 */
	public static ResponseEntity<Resource> publicly(Path path, String originalName, String contentType) {
		return of(path, originalName, contentType, "public, max-age=86400");
	}

	private static ResponseEntity<Resource> of(Path path, String originalName, String contentType,
			String cacheControl) {
		if (!Files.isRegularFile(path)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		long length;
		try {
			length = Files.size(path);
		}
		catch (IOException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(originalName, StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.contentLength(length)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, cacheControl)
			.body(new FileSystemResource(path));
	}

}
