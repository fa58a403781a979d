package org.kring.system;

import jakarta.servlet.http.HttpSession;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * Pages that exist only in {@link SystemTest}s, to provoke what real pages should never
 * do. A test component, so that component scanning leaves it out of every other test.
 */
@TestComponent
@Controller
public class TestOnlyPages {

	@GetMapping("/test/failure")
	String failure() {
		throw new IllegalStateException("Spring Tomcat java.lang.Exception: this must not reach the page");
	}

	@GetMapping("/test/number")
	@ResponseBody
	String number(@RequestParam int value) {
		return "number " + value;
	}

	@GetMapping("/test/throttled")
	String throttled() {
		throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
	}

	@GetMapping("/test/session")
	@ResponseBody
	String session(HttpSession session) {
		session.setAttribute("visited", Boolean.TRUE);
		return "session";
	}

	@PostMapping("/test/post")
	String post() {
		return "redirect:/";
	}

}
