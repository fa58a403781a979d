package org.kring.system.files;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file as received from a form.
 *
 * @param name the name the browser gave
 * @param size its size in bytes, as the upload reported it
 * @param content opens its content
 */
public record Upload(String name, long size, Content content) {

	/** Opens an upload's content. */
	@FunctionalInterface
	public interface Content {

		InputStream open() throws IOException;

	}

}
