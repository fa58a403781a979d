package org.kring.system.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form whose files together exceed {@code spring.servlet.multipart.max-request-size}
 * cannot be read at all, so no form can show it again: it gets the error page with 413
 * and plain words on what to do, never a 500. Files that are each too large but fit in
 * the request are refused by the form itself, next to its file field.
 */
@ControllerAdvice
class UploadTooLarge {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(HttpServletResponse response) {
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		return new ModelAndView(ErrorPageController.VIEW, Map.of("page", ErrorPage.of(413)),
				HttpStatus.CONTENT_TOO_LARGE);
	}

}
