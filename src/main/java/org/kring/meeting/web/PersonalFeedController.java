package org.kring.meeting.web;

import java.time.Instant;
import java.time.ZoneId;

import org.kring.meeting.internal.CalendarFiles;
import org.kring.meeting.internal.PersonalFeeds;
import org.kring.system.KringPrincipal;
import org.kring.system.KringProperties;
import org.kring.system.web.PageContext;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /calendar/feed}: a signed-in person makes the secret address of their personal
 * feed, sees it once, and revokes it or replaces it with a new one. Only the secret's
 * hash is kept, so the address cannot be shown again later.
 */
@Controller
class PersonalFeedController {

	static final String VIEW = "meeting/calendar/feed";

	static final String PATH = "/calendar/feed";

	private static final String ADDRESS = "feedAddress";

	private final PersonalFeeds feeds;

	private final CalendarFiles files;

	private final ZoneId zone;

	PersonalFeedController(PersonalFeeds feeds, CalendarFiles files, KringProperties properties) {
		this.feeds = feeds;
		this.zone = properties.timeZone();
		this.files = files;
	}

	@GetMapping(PATH)
	String show(@AuthenticationPrincipal KringPrincipal me, Model model) {
		String address = (String) model.getAttribute(ADDRESS);
		Instant created = this.feeds.createdAt(me.id()).orElse(null);
		model.addAttribute("page", new PersonalFeedPage((created != null) ? address : null, created, this.zone));
		return VIEW;
	}

	@PostMapping(PATH)
	String renew(@AuthenticationPrincipal KringPrincipal me, RedirectAttributes redirect) {
		String token = this.feeds.renew(me.id());
		redirect.addFlashAttribute(ADDRESS, this.files.address("/calendar/feeds/" + token + ".ics"));
		redirect.addFlashAttribute(PageContext.NOTICE, "calendar.feed.made");
		return "redirect:" + PATH;
	}

	@PostMapping(PATH + "/revoke")
	String revoke(@AuthenticationPrincipal KringPrincipal me, RedirectAttributes redirect) {
		this.feeds.revoke(me.id());
		redirect.addFlashAttribute(PageContext.NOTICE, "calendar.feed.revoked");
		return "redirect:" + PATH;
	}

}
