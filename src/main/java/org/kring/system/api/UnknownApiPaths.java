package org.kring.system.api;

import org.springframework.web.bind.annotation.GetMapping;

/**
 * Addresses under {@code /api} that no module answers: a 404 problem detail rather than
 * the HTML page people get.
 */
@ApiController
class UnknownApiPaths {

	@GetMapping("/api/**")
	void unknown() {
		throw ApiProblem.notFound("There is nothing at this address");
	}

}
