package org.kring.practice.web;

import java.util.UUID;

import org.kring.practice.internal.PracticeNotFound;

/**
 * The addresses of practice pages, and the ids they carry.
 */
final class PracticePaths {

	private PracticePaths() {
	}

	static String show(UUID id) {
		return "/practices/" + id;
	}

	static String edit(UUID id) {
		return "/practices/" + id + "/edit";
	}

	/**
	 * An id from an address; one that is no id at all is a practice that does not exist.
	 */
	static UUID id(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new PracticeNotFound();
		}
	}

}
