package org.kring.site;

import org.jspecify.annotations.Nullable;
import org.kring.meeting.UpcomingMeetings;
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

	/** How many upcoming public meetings the home page lists. */
	static final int UPCOMING = 5;

	private final KringProperties properties;

	private final UpcomingMeetings meetings;

	HomeController(KringProperties properties, UpcomingMeetings meetings) {
		this.properties = properties;
		this.meetings = meetings;
	}

	@GetMapping("/")
	String home(@RequestParam(name = "loggedOut", required = false) @Nullable String loggedOut, Model model) {
		model.addAttribute("page",
				new HomePage(this.properties.name(), loggedOut != null, this.meetings.publicOnes(UPCOMING)));
		return VIEW;
	}

}
