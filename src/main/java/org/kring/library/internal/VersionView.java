package org.kring.library.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A version of a publication with its files in every language.
 *
 * @param id its id
 * @param number its number, 1 for the first
 * @param changeNote what changed, null for the first
 * @param createdAt when it was added
 * @param files its files
 */
public record VersionView(UUID id, int number, @Nullable String changeNote, Instant createdAt, List<FileView> files) {

	/**
	 * The files in one language.
	 * @param language an ISO 639 code
	 * @return the files
	 */
	public List<FileView> filesIn(String language) {
		return this.files.stream().filter((file) -> file.language().equals(language)).toList();
	}

}
