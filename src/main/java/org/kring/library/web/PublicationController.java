package org.kring.library.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunitySummary;
import org.kring.library.internal.Curricula;
import org.kring.library.internal.Library;
import org.kring.library.internal.LibraryAccess;
import org.kring.library.internal.LibraryQueries;
import org.kring.library.internal.LibraryRefused;
import org.kring.library.internal.Publication;
import org.kring.library.internal.PublicationDraft;
import org.kring.library.internal.PublicationFilter;
import org.kring.library.internal.PublicationKind;
import org.kring.library.internal.ShownText;
import org.kring.library.internal.TranslationRequests;
import org.kring.library.internal.TranslationView;
import org.kring.organisation.OrganisationManagement;
import org.kring.system.KringPrincipal;
import org.kring.system.i18n.LanguageCodes;
import org.kring.system.web.FormErrors;
import org.kring.system.web.PageContext;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The library's list and a publication's page, for everyone who reads the publication
 * (anyone else gets the same 404 as for one that does not exist); adding and changing a
 * publication's description, for coordinators and administrators (403 for others). Bad
 * input shows the form again with 422, the message next to the field and what was typed;
 * an edit that crossed someone else's shows it again with 409, nothing lost.
 */
@Controller
class PublicationController {

	private final LibraryQueries queries;

	private final Library library;

	private final LibraryAccess access;

	private final LibraryGuard guard;

	private final TranslationRequests requests;

	private final Curricula curricula;

	private final OrganisationManagement organisations;

	private final CommunityManagement communities;

	PublicationController(LibraryQueries queries, Library library, LibraryAccess access, LibraryGuard guard,
			TranslationRequests requests, Curricula curricula, OrganisationManagement organisations,
			CommunityManagement communities) {
		this.queries = queries;
		this.library = library;
		this.access = access;
		this.guard = guard;
		this.requests = requests;
		this.curricula = curricula;
		this.organisations = organisations;
		this.communities = communities;
	}

	@GetMapping("/publications")
	ModelAndView list(@AuthenticationPrincipal @Nullable KringPrincipal me, Locale locale,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable String year, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String page) {
		PublicationFilter filter = PublicationFilter.of(kind, language, year, q, page);
		var listing = this.queries.list(filter, this.access.readableCommunities(me), locale);
		return new ModelAndView("library/publications", Map.of("page",
				new PublicationsPage(listing, filter, LanguageCodes.common(locale), this.access.mayCoordinate(me))));
	}

	@GetMapping("/publications/{id}")
	ModelAndView show(@PathVariable String id, @AuthenticationPrincipal @Nullable KringPrincipal me, Locale locale,
			HttpServletRequest request) {
		Publication publication = this.guard.readable(id, me);
		List<TranslationView> translations = this.queries.translations(publication.id());
		ShownText shown = ShownText.choose(publication, translations, locale);
		boolean coordinator = this.access.mayCoordinate(me);
		CommunitySummary community = (publication.communityId() != null)
				? this.communities.find(publication.communityId()).orElse(null) : null;
		var modules = (publication.kind() == PublicationKind.TRAINING_CURRICULUM)
				? this.curricula.modules(publication.id()) : List.<org.kring.library.internal.CurriculumModule>of();
		return new ModelAndView("library/publication",
				Map.of("page",
						new PublicationPage(publication, shown, this.queries.versions(publication.id()), translations,
								this.organisations.summaries(publication.organisations()), community, modules,
								coordinator ? this.requests.counts(publication.id()) : Map.of(), coordinator,
								shown.requestable() != null && asked(request, me, publication, shown.requestable()))));
	}

	@GetMapping("/publications/new")
	ModelAndView newForm(@AuthenticationPrincipal KringPrincipal me, Locale locale) {
		this.guard.coordinating(me);
		return form(me, locale, null, PublicationForm.empty(locale.getLanguage()), FormErrors.none());
	}

	@PostMapping("/publications/new")
	ModelAndView add(@AuthenticationPrincipal KringPrincipal me, Locale locale, PublicationFormValues values,
			HttpServletResponse response, RedirectAttributes redirect) {
		this.guard.coordinating(me);
		PublicationForm typed = values.typed(null);
		return LibraryGuard.submitted(response, () -> {
			Publication added = this.library.add(draft(values), values.uploads(), me.id());
			return done(added.id(), "library.added", redirect);
		}, (errors) -> form(me, locale, null, typed, errors), () -> form(me, locale, null, typed, FormErrors.none()));
	}

	@GetMapping("/publications/{id}/edit")
	ModelAndView editForm(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me, Locale locale) {
		Publication publication = this.guard.editable(id, me);
		return form(me, locale, publication, PublicationForm.of(publication), FormErrors.none());
	}

	@PostMapping("/publications/{id}/edit")
	ModelAndView edit(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me, Locale locale,
			PublicationFormValues values, HttpServletResponse response, RedirectAttributes redirect) {
		Publication publication = this.guard.editable(id, me);
		long expected = (values.versionNumber() != null) ? values.versionNumber() : -1;
		PublicationForm typed = values.typed(expected);
		return LibraryGuard.submitted(response, () -> {
			this.library.revise(publication, expected, draft(values));
			return done(publication.id(), "library.saved", redirect);
		}, (errors) -> form(me, locale, publication, typed, errors), () -> {
			Publication current = this.guard.editable(id, me);
			return form(me, locale, current, typed.atVersion(current.version()),
					LibraryGuard.errors(Map.of(FormErrors.FORM, "library.stale")));
		});
	}

	/**
	 * Deletes a publication with its versions, translations and files, once the
	 * coordinator ticked that they mean it; without the tick the form comes back with a
	 * message next to it and nothing is deleted.
	 */
	@PostMapping("/publications/{id}/delete")
	ModelAndView delete(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me, Locale locale,
			@RequestParam(required = false) @Nullable String confirm, HttpServletResponse response,
			RedirectAttributes redirect) {
		Publication publication = this.guard.editable(id, me);
		if (!"yes".equals(confirm)) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(me, locale, publication, PublicationForm.of(publication),
					LibraryGuard.errors(Map.of("confirm", "library.delete.confirm.required")));
		}
		this.library.remove(publication);
		redirect.addFlashAttribute(PageContext.NOTICE, "library.deleted");
		return new ModelAndView("redirect:/publications");
	}

	private boolean asked(HttpServletRequest request, @Nullable KringPrincipal me, Publication publication,
			String language) {
		return (me != null) ? this.requests.asked(publication.id(), language, me.id())
				: TranslationAsked.already(request, publication.id(), language);
	}

	private PublicationDraft draft(PublicationFormValues values) {
		UUID community = values.communityId();
		if (community != null && this.communities.find(community).isEmpty()) {
			throw LibraryRefused.of("community", "library.community.unknown");
		}
		List<UUID> chosen = values.organisationIds();
		if (this.organisations.summaries(chosen).size() != chosen.size()) {
			throw LibraryRefused.of("organisations", "library.organisations.unknown");
		}
		return PublicationDraft.of(values.kind(), values.language(), values.title(), values.summary(), values.authors(),
				chosen, community, values.project(), values.year(), values.licence());
	}

	private ModelAndView form(KringPrincipal me, Locale locale, @Nullable Publication publication, PublicationForm form,
			FormErrors errors) {
		String action = (publication != null) ? "/publications/" + publication.id() + "/edit" : "/publications/new";
		String path = (publication != null) ? "/publications/" + publication.id() : null;
		return new ModelAndView("library/publication-form",
				Map.of("page", new PublicationFormPage(action, path, form, errors, this.organisations.all(),
						new ArrayList<>(this.communities.readableBy(me)), LanguageCodes.common(locale))));
	}

	static ModelAndView done(UUID publicationId, String notice, RedirectAttributes redirect) {
		redirect.addFlashAttribute(PageContext.NOTICE, notice);
		return new ModelAndView("redirect:/publications/" + publicationId);
	}

}
