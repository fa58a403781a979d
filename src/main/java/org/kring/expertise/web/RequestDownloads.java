package org.kring.expertise.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.kring.expertise.internal.ExpertRequestService;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/**
 * An attached file as the browser receives it: with the type its content showed, to save
 * rather than to open, under its original name (RFC 5987 for names beyond ASCII), and
 * never sniffed into something else.
 */
final class RequestDownloads {

	private RequestDownloads() {
	}

	static ResponseEntity<Resource> of(ExpertRequestService.Download download) {
		if (!Files.isRegularFile(download.path())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		long length;
		try {
			length = Files.size(download.path());
		}
		catch (IOException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(download.attachment().originalName(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.attachment().contentType()))
			.contentLength(length)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(new FileSystemResource(download.path()));
	}

}
