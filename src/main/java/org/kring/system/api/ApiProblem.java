package org.kring.system.api;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, answered as a problem detail with its status and a sentence
 * that says what is wrong. Thrown from an {@link ApiController}.
 */
public final class ApiProblem extends RuntimeException {

	private final HttpStatus status;

	private final @Nullable String parameter;

	private ApiProblem(HttpStatus status, String detail, @Nullable String parameter) {
		super(detail, null, false, false);
		this.status = status;
		this.parameter = parameter;
	}

	/**
	 * A request with a parameter out of range or of the wrong shape.
	 * @param detail what is wrong, in English, for the client's developer
	 * @return the problem, to throw
	 */
	public static ApiProblem badRequest(String detail) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, detail, null);
	}

	/**
	 * A request with one parameter out of range or of the wrong shape; the answer names
	 * it in its {@code parameter} member.
	 * @param parameter the parameter's name
	 * @param detail what is wrong, in English, for the client's developer
	 * @return the problem, to throw
	 */
	public static ApiProblem badParameter(String parameter, String detail) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, detail, parameter);
	}

	/**
	 * A resource that does not exist, or that the client may not know of.
	 * @param detail what was not found, in English
	 * @return the problem, to throw
	 */
	public static ApiProblem notFound(String detail) {
		return new ApiProblem(HttpStatus.NOT_FOUND, detail, null);
	}

	public HttpStatus status() {
		return this.status;
	}

	/**
	 * The request parameter at fault.
	 * @return its name, or null when the problem is not about one parameter
	 */
	public @Nullable String parameter() {
		return this.parameter;
	}

	public String detail() {
		String detail = getMessage();
		return (detail != null) ? detail : this.status.getReasonPhrase();
	}

}
