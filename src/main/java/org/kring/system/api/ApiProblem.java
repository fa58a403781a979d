package org.kring.system.api;

import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, answered as a problem detail with its status and a sentence
 * that says what is wrong. Thrown from an {@link ApiController}.
 */
public final class ApiProblem extends RuntimeException {

	private final HttpStatus status;

	private ApiProblem(HttpStatus status, String detail) {
		super(detail, null, false, false);
		this.status = status;
	}

	/**
	 * A request with a parameter out of range or of the wrong shape.
	 * @param detail what is wrong, in English, for the client's developer
	 * @return the problem, to throw
	 */
	public static ApiProblem badRequest(String detail) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, detail);
	}

	/**
	 * A resource that does not exist, or that the client may not know of.
	 * @param detail what was not found, in English
	 * @return the problem, to throw
	 */
	public static ApiProblem notFound(String detail) {
		return new ApiProblem(HttpStatus.NOT_FOUND, detail);
	}

	public HttpStatus status() {
		return this.status;
	}

	public String detail() {
		String detail = getMessage();
		return (detail != null) ? detail : this.status.getReasonPhrase();
	}

}
