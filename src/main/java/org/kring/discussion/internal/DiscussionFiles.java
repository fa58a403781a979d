package org.kring.discussion.internal;

import org.kring.system.KringProperties;
import org.kring.system.files.FileSettings;
import org.kring.system.files.FileStore;

import org.springframework.stereotype.Component;

/**
 * The files attached to posts, in the {@code discussions} directory of
 * {@code kring.files.directory}.
 */
@Component
public class DiscussionFiles extends FileStore {

	DiscussionFiles(FileSettings settings, KringProperties properties) {
		super(settings.directoryFor(properties, "discussions"));
	}

}
