package org.kring.system.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Error pages in the person's language: what went wrong in plain words and where to go
 * next, never a stack trace or the name of a framework.
 */
@Controller
class ErrorPageController implements ErrorController {

	static final String VIEW = "system/error";

	@RequestMapping("/error")
	String error(HttpServletRequest request, HttpServletResponse response, Model model) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = (code instanceof Integer number) ? number : HttpStatus.NOT_FOUND.value();
		response.setStatus(status);
		model.addAttribute("page", ErrorPage.of(status));
		return VIEW;
	}

}
