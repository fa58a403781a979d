package org.kring.system.files;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.kring.system.KringProperties;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the files of practices and publications are kept, under {@code kring.files}.
 *
 * @param directory the directory ({@code KRING_FILES_DIRECTORY}); a shared directory when
 * several nodes run; null for {@code files} inside {@code kring.data-directory}
 * @param maxSize the largest file accepted ({@code KRING_FILES_MAX_SIZE}); keep
 * {@code spring.servlet.multipart.max-request-size} larger
 */
@ConfigurationProperties("kring.files")
public record FileSettings(@Nullable Path directory, @DefaultValue("25MB") DataSize maxSize) {

	/**
	 * The directory of one kind of file.
	 * @param properties the instance's settings, for its data directory
	 * @param kind such as {@code practices}
	 * @return the directory within {@link #directory}
	 */
	public Path directoryFor(KringProperties properties, String kind) {
		Path root = (this.directory != null) ? this.directory : properties.dataDirectory().resolve("files");
		return root.resolve(kind);
	}

}
