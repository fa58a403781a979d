package org.kring.library.internal;

import java.util.UUID;

/**
 * A file of a publication as pages and the API show it.
 *
 * @param id its id
 * @param publicationId its publication
 * @param language the language it is written in
 * @param name the name it was uploaded with
 * @param contentType the type its content showed
 * @param size its size in bytes
 * @param sha256 its checksum
 */
public record FileView(UUID id, UUID publicationId, String language, String name, String contentType, long size,
		String sha256) {

	public String path() {
		return "/publications/" + this.publicationId + "/files/" + this.id;
	}

}
