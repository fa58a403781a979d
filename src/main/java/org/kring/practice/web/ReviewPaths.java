package org.kring.practice.web;

import java.util.UUID;

/**
 * The addresses of the evaluation's pages.
 */
final class ReviewPaths {

	private ReviewPaths() {
	}

	static String practice(UUID id) {
		return "/practices/" + id;
	}

	static String reviewers(UUID id) {
		return practice(id) + "/reviewers";
	}

	static String review(UUID id) {
		return practice(id) + "/review";
	}

}
