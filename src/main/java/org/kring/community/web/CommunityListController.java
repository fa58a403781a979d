package org.kring.community.web;

import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityKind;
import org.kring.community.internal.CommunityAccess;
import org.kring.community.internal.CommunityFilter;
import org.kring.community.internal.CommunityQueries;
import org.kring.community.internal.CommunityViewers;
import org.kring.system.KringPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The list of communities at {@code /communities}, 20 to a page. A value a filter does
 * not know (a kind outside the list, a page that is not a number) is ignored rather than
 * refused: the list is for browsing.
 */
@Controller
class CommunityListController {

	static final String VIEW = "community/list";

	static final int PAGE_SIZE = 20;

	private final CommunityQueries queries;

	private final CommunityViewers viewers;

	private final CommunityAccess access;

	CommunityListController(CommunityQueries queries, CommunityViewers viewers, CommunityAccess access) {
		this.queries = queries;
		this.viewers = viewers;
		this.access = access;
	}

	@GetMapping("/communities")
	String list(@AuthenticationPrincipal @Nullable KringPrincipal me,
			@RequestParam(name = "kind", required = false) @Nullable String kind,
			@RequestParam(name = "country", required = false) @Nullable String country,
			@RequestParam(name = "theme", required = false) @Nullable String theme,
			@RequestParam(name = "language", required = false) @Nullable String language,
			@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(name = "page", required = false) @Nullable String page, Locale locale, Model model) {
		CommunityFilter filter = new CommunityFilter(kind(kind), country, theme, language, text);
		model.addAttribute("page",
				new CommunityListPage(filter, this.queries.list(filter, me, locale, pageNumber(page), PAGE_SIZE, false),
						this.queries.options(), this.access.canCreate(this.viewers.anywhere(me))));
		return VIEW;
	}

	static @Nullable CommunityKind kind(@Nullable String kind) {
		return Arrays.stream(CommunityKind.values())
			.filter((known) -> known.name().equalsIgnoreCase((kind != null) ? kind.strip() : ""))
			.findFirst()
			.orElse(null);
	}

	private static int pageNumber(@Nullable String page) {
		try {
			return (page != null) ? Math.max(1, Math.min(Integer.parseInt(page.strip()), 100_000)) : 1;
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
