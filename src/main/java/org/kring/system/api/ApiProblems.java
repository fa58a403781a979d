package org.kring.system.api;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Answers every error of an {@link ApiController} as an RFC 9457 problem detail, never as
 * an error page and never with a stack trace.
 */
@RestControllerAdvice(annotations = ApiController.class)
class ApiProblems {

	private static final Logger logger = LoggerFactory.getLogger(ApiProblems.class);

	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<ProblemDetail> refused(ApiProblem problem, HttpServletRequest request) {
		return answer(problem.status(), problem.detail(), problem.parameter(), request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> wrongType(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return answer(HttpStatus.BAD_REQUEST, "The parameter '" + ex.getName() + "' has the wrong type", ex.getName(),
				request);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException ex, HttpServletRequest request) {
		return answer(HttpStatus.BAD_REQUEST, "The parameter '" + ex.getParameterName() + "' is missing",
				ex.getParameterName(), request);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> wrongMethod(HttpRequestMethodNotSupportedException ex, HttpServletRequest request) {
		return answer(HttpStatus.METHOD_NOT_ALLOWED, "The API only reads: use GET", null, request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> failed(Exception ex, HttpServletRequest request) {
		// Spring's own client errors (an Accept header the API cannot meet, say) keep
		// their
		// status; they are the client's mistake, not ours
		if (ex instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
			HttpStatus status = HttpStatus.valueOf(response.getStatusCode().value());
			String detail = response.getBody().getDetail();
			return answer(status, (detail != null) ? detail : status.getReasonPhrase(), null, request);
		}
		logger.error("API request {} failed", request.getRequestURI(), ex);
		return answer(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side", null, request);
	}

	static ResponseEntity<ProblemDetail> answer(HttpStatus status, String detail, @Nullable String parameter,
			HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		if (parameter != null) {
			problem.setProperty("parameter", parameter);
		}
		try {
			problem.setInstance(URI.create(request.getRequestURI()));
		}
		catch (IllegalArgumentException ex) {
			// an address that is no URI is left out of the answer rather than failing it
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
