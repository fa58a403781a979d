package org.kring.search.web;

import java.util.Map;

import org.kring.search.internal.SearchIndex;
import org.kring.system.web.PageContext;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The search index for administrators at {@code /admin/search} (everyone else is refused
 * by the rule on {@code /admin/**}): how many things of each kind it holds, and a button
 * that rebuilds it from the database in the background.
 */
@Controller
class SearchAdminController {

	static final String PATH = "/admin/search";

	static final String VIEW = "search/admin";

	private final SearchIndex index;

	SearchAdminController(SearchIndex index) {
		this.index = index;
	}

	@GetMapping(PATH)
	ModelAndView show() {
		return new ModelAndView(VIEW,
				Map.of("page", new SearchAdminPage(this.index.counts(), this.index.rebuilding())));
	}

	@PostMapping(PATH + "/rebuild")
	String rebuild(RedirectAttributes redirect) {
		this.index.rebuild();
		redirect.addFlashAttribute(PageContext.NOTICE, "search.admin.started");
		return "redirect:" + PATH;
	}

}
