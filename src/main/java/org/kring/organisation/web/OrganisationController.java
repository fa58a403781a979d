package org.kring.organisation.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.organisation.FieldVocabulary;
import org.kring.organisation.OrganisationKind;
import org.kring.organisation.internal.OrganisationDetail;
import org.kring.organisation.internal.OrganisationEditor;
import org.kring.organisation.internal.OrganisationFilter;
import org.kring.organisation.internal.OrganisationPage;
import org.kring.organisation.internal.OrganisationQueries;
import org.kring.system.KringPrincipal;
import org.kring.system.web.PageContext;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The list of organisations, each organisation's page, and a signed-in person saying they
 * belong to one.
 */
@Controller
class OrganisationController {

	static final String LIST_VIEW = "organisation/list";

	static final String SHOW_VIEW = "organisation/show";

	static final int PAGE_SIZE = 20;

	private final OrganisationQueries queries;

	private final OrganisationEditor editor;

	private final FieldVocabulary expertise;

	OrganisationController(OrganisationQueries queries, OrganisationEditor editor, FieldVocabulary expertise) {
		this.queries = queries;
		this.editor = editor;
		this.expertise = expertise;
	}

	@GetMapping("/organisations")
	ModelAndView list(@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String field, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String page, @AuthenticationPrincipal @Nullable KringPrincipal me,
			Locale locale) {
		OrganisationFilter filter = OrganisationFilter.of(kind, country, region, field, q, this.expertise);
		Labels labels = Labels.of(locale, this.expertise);
		OrganisationPage found = this.queries.page(filter, pageNumber(page), PAGE_SIZE);
		List<OrganisationCard> cards = found.rows().stream().map((row) -> OrganisationCard.of(row, labels)).toList();
		OrganisationListPage model = new OrganisationListPage(cards, found.total(), found.page(), found.pages(),
				filter.query(), new FilterForm(kind, country, region, field, q),
				Arrays.asList(OrganisationKind.values()), labels.countries(this.queries.countries()), labels.fields(),
				!filter.rejected().isEmpty(), Editors.mayEdit(me));
		return new ModelAndView(LIST_VIEW, Map.of("page", model));
	}

	@GetMapping("/organisations/{slug}")
	ModelAndView show(@PathVariable String slug, @AuthenticationPrincipal @Nullable KringPrincipal me, Locale locale) {
		OrganisationDetail detail = detail(slug, me);
		OrganisationShowPage model = new OrganisationShowPage(
				OrganisationCard.of(detail.organisation(), Labels.of(locale, this.expertise)), slug, detail.relations(),
				detail.people(), me != null, detail.mine(), Editors.mayEdit(me));
		return new ModelAndView(SHOW_VIEW, Map.of("page", model));
	}

	@PostMapping("/organisations/{slug}/affiliation")
	String join(@PathVariable String slug, @AuthenticationPrincipal @Nullable KringPrincipal me,
			RedirectAttributes redirect) {
		return affiliation(slug, me, true, redirect);
	}

	@PostMapping("/organisations/{slug}/affiliation/delete")
	String leave(@PathVariable String slug, @AuthenticationPrincipal @Nullable KringPrincipal me,
			RedirectAttributes redirect) {
		return affiliation(slug, me, false, redirect);
	}

	private String affiliation(String slug, @Nullable KringPrincipal me, boolean joins, RedirectAttributes redirect) {
		KringPrincipal person = Editors.signedIn(me);
		UUID organisation = detail(slug, person).organisation().id();
		if (joins) {
			this.editor.affiliate(person.id(), organisation);
		}
		else {
			this.editor.leave(person.id(), organisation);
		}
		redirect.addFlashAttribute(PageContext.NOTICE,
				joins ? "organisation.affiliation.joined" : "organisation.affiliation.left");
		return "redirect:/organisations/" + slug;
	}

	private OrganisationDetail detail(String slug, @Nullable KringPrincipal me) {
		return this.queries.detail(slug, (me != null) ? me.id() : null)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * A page number out of range or of the wrong shape shows the first page rather than
	 * an error: people edit addresses by hand.
	 */
	static int pageNumber(@Nullable String page) {
		try {
			int number = (page != null) ? Integer.parseInt(page.strip()) : 1;
			return (number >= 1 && number <= 100_000) ? number : 1;
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
