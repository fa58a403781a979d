package org.kring.practice.internal;

import org.kring.system.KringProperties;
import org.kring.system.files.FileSettings;
import org.kring.system.files.FileStore;

import org.springframework.stereotype.Component;

/**
 * The files attached to good practices, in the {@code practices} directory of
 * {@code kring.files.directory}.
 */
@Component
public class PracticeFiles extends FileStore {

	PracticeFiles(FileSettings settings, KringProperties properties) {
		super(settings.directoryFor(properties, "practices"));
	}

}
