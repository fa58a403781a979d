package org.kring.site;

import org.jspecify.annotations.Nullable;
import org.kring.system.KringProperties;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The home page: what this instance is, in the reader's language.
 */
@Controller
class HomeController {

	static final String VIEW = "site/home";

	private final KringProperties properties;

	HomeController(KringProperties properties) {
		this.properties = properties;
	}

	@GetMapping("/")
	String home(@RequestParam(name = "loggedOut", required = false) @Nullable String loggedOut, Model model) {
		model.addAttribute("page", new HomePage(this.properties.name(), loggedOut != null));
		return VIEW;
	}

}
