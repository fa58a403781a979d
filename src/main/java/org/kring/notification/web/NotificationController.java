package org.kring.notification.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunityMembership;
import org.kring.notification.internal.CommunityLevel;
import org.kring.notification.internal.EmailMode;
import org.kring.notification.internal.Inbox;
import org.kring.notification.internal.Preferences;
import org.kring.system.KringPrincipal;
import org.kring.system.KringProperties;
import org.kring.system.web.FormErrors;
import org.kring.system.web.LocalPaths;
import org.kring.system.web.PageContext;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's notifications and their preferences. Following a notification marks it read
 * and leads to what it is about; marking read works one by one or all at once, by forms
 * that need no script. Another person's notification answers 404, as one that does not
 * exist. A preference that is not one of the choices comes back with 422 and its message
 * next to the field.
 */
@Controller
class NotificationController {

	static final String LIST = "notification/list";

	static final String PREFERENCES = "notification/preferences";

	static final String EMAIL = "email";

	private final Inbox inbox;

	private final Preferences preferences;

	private final CommunityManagement communities;

	private final KringProperties properties;

	NotificationController(Inbox inbox, Preferences preferences, CommunityManagement communities,
			KringProperties properties) {
		this.inbox = inbox;
		this.preferences = preferences;
		this.communities = communities;
		this.properties = properties;
	}

	@GetMapping("/notifications")
	ModelAndView list(@AuthenticationPrincipal KringPrincipal me,
			@RequestParam(name = "page", required = false) @Nullable String page) {
		return new ModelAndView(LIST, Map.of("page",
				NotificationsPage.of(this.inbox.page(me.id(), pageNumber(page)), this.properties.timeZone())));
	}

	@GetMapping("/notifications/{id}")
	String open(@AuthenticationPrincipal KringPrincipal me, @PathVariable String id) {
		String link = this.inbox.open(me.id(), id(id)).orElseThrow(NotificationController::notFound);
		return "redirect:" + LocalPaths.safe(link);
	}

	@PostMapping("/notifications/{id}/read")
	String markRead(@AuthenticationPrincipal KringPrincipal me, @PathVariable String id,
			@RequestParam(name = "page", required = false) @Nullable String page, RedirectAttributes redirect) {
		if (!this.inbox.markRead(me.id(), id(id))) {
			throw notFound();
		}
		redirect.addFlashAttribute(PageContext.NOTICE, "notification.read.done");
		int number = pageNumber(page);
		return "redirect:/notifications" + ((number > 1) ? "?page=" + number : "");
	}

	@PostMapping("/notifications/read")
	String markAllRead(@AuthenticationPrincipal KringPrincipal me, RedirectAttributes redirect) {
		this.inbox.markAllRead(me.id());
		redirect.addFlashAttribute(PageContext.NOTICE, "notification.read.all.done");
		return "redirect:/notifications";
	}

	@GetMapping("/notifications/preferences")
	ModelAndView preferences(@AuthenticationPrincipal KringPrincipal me) {
		Map<UUID, CommunityLevel> levels = this.preferences.levels(me.id());
		List<PreferencesPage.CommunityChoice> choices = memberships(me).stream()
			.map((membership) -> new PreferencesPage.CommunityChoice(membership.community().id(),
					membership.community().name(),
					levels.getOrDefault(membership.community().id(), CommunityLevel.DEFAULT).name()))
			.toList();
		return preferencesView(
				new PreferencesPage(this.preferences.emailMode(me.id()).name(), choices, FormErrors.none()));
	}

	@PostMapping("/notifications/preferences")
	ModelAndView savePreferences(@AuthenticationPrincipal KringPrincipal me,
			@RequestParam MultiValueMap<String, String> params, HttpServletResponse response,
			RedirectAttributes redirect) {
		Map<String, String> problems = new LinkedHashMap<>();
		String sentMode = Optional.ofNullable(params.getFirst(EMAIL)).orElse("");
		EmailMode mode = parse(EmailMode.class, sentMode);
		if (mode == null) {
			problems.put(EMAIL, "notification.preferences.email.invalid");
		}
		Map<UUID, CommunityLevel> levels = new LinkedHashMap<>();
		List<PreferencesPage.CommunityChoice> choices = memberships(me).stream().map((membership) -> {
			UUID community = membership.community().id();
			String field = "level-" + community;
			String sent = params.getFirst(field);
			// a community the form did not show (joined since) keeps its level
			if (sent != null) {
				CommunityLevel level = parse(CommunityLevel.class, sent);
				if (level == null) {
					problems.put(field, "notification.preferences.level.invalid");
				}
				else {
					levels.put(community, level);
				}
			}
			return new PreferencesPage.CommunityChoice(community, membership.community().name(),
					(sent != null) ? sent : CommunityLevel.DEFAULT.name());
		}).toList();
		if (mode == null || !problems.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return preferencesView(new PreferencesPage(sentMode, choices, FormErrors.of(problems)));
		}
		this.preferences.save(me.id(), mode, levels);
		redirect.addFlashAttribute(PageContext.NOTICE, "notification.preferences.saved");
		return new ModelAndView("redirect:/notifications/preferences");
	}

	private List<CommunityMembership> memberships(KringPrincipal me) {
		return this.communities.communitiesOf(me.id());
	}

	private static ModelAndView preferencesView(PreferencesPage page) {
		return new ModelAndView(PREFERENCES, Map.of("page", page));
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String value) {
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static int pageNumber(@Nullable String page) {
		try {
			return (page != null) ? Integer.parseInt(page) : 1;
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	private static UUID id(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw notFound();
		}
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
