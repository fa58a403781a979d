package org.kring.expertise.internal;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.kring.system.KringProperties;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The settings of expert participation requests, under {@code kring.expert-requests}.
 *
 * @param directory where attached files are kept
 * ({@code KRING_EXPERT_REQUESTS_DIRECTORY}); null for {@code expert-requests} inside
 * {@code kring.data-directory}
 * @param maxAttachmentSize the largest file that may be attached
 * ({@code KRING_EXPERT_REQUESTS_MAX_ATTACHMENT_SIZE}); keep
 * {@code spring.servlet.multipart.max-request-size} at least five times as large
 * @param maxAttachments how many files one request or answer may carry
 */
@ConfigurationProperties("kring.expert-requests")
public record ExpertRequestSettings(@Nullable Path directory, @DefaultValue("10MB") DataSize maxAttachmentSize,
		@DefaultValue("5") int maxAttachments) {

	Path directoryIn(KringProperties properties) {
		return (this.directory != null) ? this.directory : properties.dataDirectory().resolve("expert-requests");
	}

}
