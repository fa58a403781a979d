package org.kring.library.internal;

import org.kring.system.KringProperties;
import org.kring.system.files.FileSettings;
import org.kring.system.files.FileStore;

import org.springframework.stereotype.Component;

/**
 * The files of publications, in the {@code publications} directory of
 * {@code kring.files.directory}.
 */
@Component
public class LibraryFiles extends FileStore {

	LibraryFiles(FileSettings settings, KringProperties properties) {
		super(settings.directoryFor(properties, "publications"));
	}

}
