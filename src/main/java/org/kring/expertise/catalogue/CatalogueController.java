package org.kring.expertise.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.expertise.internal.CatalogueAdministration;
import org.kring.expertise.internal.CatalogueEntry;
import org.kring.expertise.internal.CatalogueListing;
import org.kring.expertise.internal.DuplicateCodeException;
import org.kring.expertise.internal.InvalidWordingException;
import org.kring.expertise.internal.Wording;
import org.kring.system.web.FormErrors;
import org.kring.system.web.PageContext;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' pages of the expertise fields and qualifications at
 * {@code /admin/expertise}: the list with every language and state, a form to add an
 * entry, a form to word one in every language, and buttons to retire and reinstate. Only
 * administrators reach them: the security chain keeps {@code /admin/**} to them. A
 * rejected form comes back with 422, a message next to each input that needs one and what
 * was typed.
 */
@Controller
class CatalogueController {

	static final String LIST_VIEW = "expertise/catalogue";

	static final String ENTRY_VIEW = "expertise/catalogue-entry";

	private static final String LIST = "/admin/expertise";

	private final CatalogueListing listing;

	private final CatalogueAdministration administration;

	CatalogueController(CatalogueListing listing, CatalogueAdministration administration) {
		this.listing = listing;
		this.administration = administration;
	}

	@GetMapping(LIST)
	ModelAndView list() {
		List<CataloguePage.Section> sections = new ArrayList<>();
		for (CatalogueSection section : CatalogueSection.values()) {
			sections.add(new CataloguePage.Section(section.path,
					this.listing.entries(section.kind)
						.stream()
						.map((entry) -> new CataloguePage.Entry(entry.code(), names(entry), entry.retired()))
						.toList()));
		}
		return new ModelAndView(LIST_VIEW, Map.of("page", new CataloguePage(sections, WordingForm.LANGUAGES)));
	}

	@GetMapping(LIST + "/{path}/new")
	ModelAndView blank(@PathVariable String path) {
		return entryView(section(path), null, WordingForm.blank(), FormErrors.none());
	}

	@PostMapping(LIST + "/{path}/new")
	ModelAndView add(@PathVariable String path, @RequestParam Map<String, String> parameters,
			HttpServletResponse response, RedirectAttributes redirect) {
		CatalogueSection section = section(path);
		WordingForm form = WordingForm.from(parameters);
		Map<String, String> problems = form.problems(null, this.listing.entries(section.kind));
		if (problems.isEmpty()) {
			try {
				Wording english = form.wording("en", examples(section));
				String code = this.administration.add(section.kind, english);
				saveTranslations(section, code, form, null);
				redirect.addFlashAttribute(PageContext.NOTICE, "catalogue.added");
				return new ModelAndView("redirect:" + LIST + "#" + code);
			}
			catch (DuplicateCodeException ex) {
				problems.put("name-en", "catalogue.code.taken");
			}
			catch (InvalidWordingException ex) {
				problems.put("name-en", "catalogue.name.code");
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return entryView(section, null, form, errors(problems));
	}

	@GetMapping(LIST + "/{path}/{code}/edit")
	ModelAndView edit(@PathVariable String path, @PathVariable String code) {
		CatalogueSection section = section(path);
		CatalogueEntry entry = entry(section, code);
		return entryView(section, entry, WordingForm.of(entry), FormErrors.none());
	}

	@PostMapping(LIST + "/{path}/{code}/edit")
	ModelAndView reword(@PathVariable String path, @PathVariable String code,
			@RequestParam Map<String, String> parameters, HttpServletResponse response, RedirectAttributes redirect) {
		CatalogueSection section = section(path);
		CatalogueEntry entry = entry(section, code);
		WordingForm form = WordingForm.from(parameters);
		List<CatalogueEntry> others = this.listing.entries(section.kind)
			.stream()
			.filter((other) -> !other.code().equals(code))
			.toList();
		Map<String, String> problems = form.problems(entry, others);
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return entryView(section, entry, form, errors(problems));
		}
		saveTranslations(section, code, form, entry);
		redirect.addFlashAttribute(PageContext.NOTICE, "catalogue.saved");
		return new ModelAndView("redirect:" + LIST + "#" + code);
	}

	@PostMapping(LIST + "/{path}/{code}/{change}")
	String retireOrReinstate(@PathVariable String path, @PathVariable String code, @PathVariable String change,
			RedirectAttributes redirect) {
		CatalogueSection section = section(path);
		String found = entry(section, code).code();
		switch (change) {
			case "retire" -> this.administration.retire(section.kind, found);
			case "reinstate" -> this.administration.reinstate(section.kind, found);
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute(PageContext.NOTICE, "catalogue." + change + "d");
		return "redirect:" + LIST + "#" + code;
	}

	/** Writes each language that has a name and differs from what is stored. */
	private void saveTranslations(CatalogueSection section, String code, WordingForm form,
			@Nullable CatalogueEntry stored) {
		for (String language : WordingForm.LANGUAGES) {
			Wording wording = form.wording(language, examples(section));
			boolean written = stored == null && "en".equals(language);
			if (wording != null && !written && (stored == null || !wording.equals(stored.in(language)))) {
				this.administration.rename(section.kind, code, Locale.of(language), wording);
			}
		}
	}

	private ModelAndView entryView(CatalogueSection section, @Nullable CatalogueEntry entry, WordingForm form,
			FormErrors errors) {
		String name = null;
		if (entry != null) {
			Wording english = entry.in("en");
			name = (english != null) ? english.name() : entry.code();
		}
		return new ModelAndView(ENTRY_VIEW,
				Map.of("page", new CatalogueEntryPage(section.path, (entry != null) ? entry.code() : null, name,
						entry != null && entry.retired(), examples(section), WordingForm.LANGUAGES, form, errors)));
	}

	private static List<@Nullable String> names(CatalogueEntry entry) {
		List<@Nullable String> names = new ArrayList<>();
		for (String language : WordingForm.LANGUAGES) {
			Wording wording = entry.in(language);
			names.add((wording != null) ? wording.name() : null);
		}
		return names;
	}

	private static boolean examples(CatalogueSection section) {
		return CatalogueListing.hasExamples(section.kind);
	}

	private static FormErrors errors(Map<String, String> problems) {
		MapBindingResult result = new MapBindingResult(new java.util.HashMap<>(), "form");
		problems.forEach((field, key) -> result
			.addError(new FieldError("form", field, null, false, new String[] { key }, null, key)));
		return FormErrors.of(result);
	}

	private static CatalogueSection section(String path) {
		return CatalogueSection.of(path).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private CatalogueEntry entry(CatalogueSection section, String code) {
		return this.listing.find(section.kind, code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
