package org.kring.expertise.internal;

import org.kring.system.KringProperties;
import org.kring.system.files.FileStore;

import org.springframework.stereotype.Component;

/**
 * The files attached to expert requests and their answers, in
 * {@code kring.expert-requests.directory}.
 */
@Component
public class AttachmentFiles extends FileStore {

	AttachmentFiles(ExpertRequestSettings settings, KringProperties properties) {
		super(settings.directoryIn(properties));
	}

}
