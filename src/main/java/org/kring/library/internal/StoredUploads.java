package org.kring.library.internal;

import java.util.ArrayList;
import java.util.List;

import org.kring.system.files.FileSettings;
import org.kring.system.files.FileStore;
import org.kring.system.files.Upload;

import org.springframework.stereotype.Component;

/**
 * Uploads checked and put on disk: a name without folders or control characters, not
 * empty, within {@code kring.files.max-size}, one of the accepted types by content. The
 * first refused file refuses them all; those already written go again when the
 * transaction rolls back.
 */
@Component
class StoredUploads {

	static final String FIELD = "files";

	private final LibraryFiles files;

	private final FileSettings settings;

	StoredUploads(LibraryFiles files, FileSettings settings) {
		this.files = files;
		this.settings = settings;
	}

	/** A stored upload under the name it came with. */
	record Accepted(FileStore.Stored stored, String name) {
	}

	List<Accepted> store(List<Upload> uploads) {
		List<Accepted> accepted = new ArrayList<>();
		for (Upload upload : uploads) {
			checkName(upload.name());
			FileStore.StoreResult result = this.files.store(upload, this.settings.maxSize().toBytes());
			if (result.refusal() != null) {
				throw LibraryRefused.of(FIELD, switch (result.refusal()) {
					case EMPTY -> "library.file.empty";
					case TOO_LARGE -> "library.file.too-large";
					case WRONG_TYPE -> "library.file.type";
				});
			}
			accepted.add(new Accepted(result.stored(), upload.name().strip()));
		}
		return accepted;
	}

	/**
	 * A name with folders or control characters is refused rather than quietly changed.
	 */
	static void checkName(String name) {
		boolean bad = name.isBlank() || name.length() > 200 || name.indexOf('/') >= 0 || name.indexOf('\\') >= 0
				|| name.codePoints()
					.anyMatch((c) -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)
				|| name.strip().startsWith(".");
		if (bad) {
			throw LibraryRefused.of(FIELD, "library.file.name");
		}
	}

}
