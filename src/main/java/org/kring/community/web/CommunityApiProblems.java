package org.kring.community.web;

import java.net.URI;

import org.kring.community.internal.CommunityNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The community API's errors as problem details (RFC 9457,
 * {@code application/problem+json}); the pages keep their HTML error pages.
 */
@RestControllerAdvice(assignableTypes = CommunityApi.class)
class CommunityApiProblems {

	@ExceptionHandler(CommunityNotFoundException.class)
	ProblemDetail notFound() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"There is no public community at this address.");
		problem.setTitle("Community not found");
		return problem;
	}

	@ExceptionHandler(BadParameter.class)
	ProblemDetail badParameter(BadParameter ex) {
		return badRequest(ex.parameter, ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return badRequest(ex.getName(), "Not a number: " + ex.getValue());
	}

	private static ProblemDetail badRequest(String parameter, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Bad request parameter");
		problem.setType(URI.create("about:blank"));
		problem.setProperty("parameter", parameter);
		return problem;
	}

	/**
	 * A request parameter the API cannot use.
	 */
	static final class BadParameter extends RuntimeException {

		private final String parameter;

		BadParameter(String parameter, String detail) {
			super(detail);
			this.parameter = parameter;
		}

	}

}
