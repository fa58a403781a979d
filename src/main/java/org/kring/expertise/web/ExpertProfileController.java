package org.kring.expertise.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;
import org.kring.expertise.ExpertProfile;
import org.kring.expertise.ExpertProfiles;
import org.kring.expertise.ExpertRequests;
import org.kring.expertise.ExpertiseFields;
import org.kring.expertise.FieldDescription;
import org.kring.expertise.Qualification;
import org.kring.expertise.Qualifications;
import org.kring.system.i18n.Countries;
import org.kring.system.i18n.LanguageCodes;
import org.kring.expertise.internal.RequestableExperts;
import org.kring.organisation.OrganisationManagement;
import org.kring.organisation.OrganisationSummary;
import org.kring.system.KringPrincipal;
import org.kring.system.web.FormErrors;
import org.kring.system.web.PageContext;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
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
 * A person's own expert profile, which they edit and remove, and the profile pages others
 * read. A profile the viewer may not see answers 404 like an unknown one; a rejected form
 * comes back with 422, a message next to each field that needs one and what was typed.
 */
@Controller
class ExpertProfileController {

	static final String FORM_VIEW = "expertise/profile-form";

	static final String PROFILE_VIEW = "expertise/profile";

	private final ExpertProfiles profiles;

	private final ProfileFormCheck check;

	private final ExpertiseFields fields;

	private final Qualifications qualifications;

	private final OrganisationManagement organisations;

	private final AccountManagement accounts;

	private final ExpertRequests requests;

	private final RequestableExperts askers;

	ExpertProfileController(ExpertProfiles profiles, ProfileFormCheck check, ExpertiseFields fields,
			Qualifications qualifications, OrganisationManagement organisations, AccountManagement accounts,
			ExpertRequests requests, RequestableExperts askers) {
		this.profiles = profiles;
		this.check = check;
		this.fields = fields;
		this.qualifications = qualifications;
		this.organisations = organisations;
		this.accounts = accounts;
		this.requests = requests;
		this.askers = askers;
	}

	@GetMapping("/experts/profile")
	ModelAndView edit(@AuthenticationPrincipal @Nullable KringPrincipal me, Locale locale) {
		KringPrincipal person = signedIn(me);
		Optional<ExpertProfile> stored = this.profiles.find(person.id());
		ExpertProfileForm form = stored.map(ExpertProfileForm::of)
			.orElseGet(() -> ExpertProfileForm.blank(affiliation(person)));
		return formView(person, stored.isPresent(), form, FormErrors.none(), this.organisations.all(), locale);
	}

	@PostMapping("/experts/profile")
	ModelAndView save(@AuthenticationPrincipal @Nullable KringPrincipal me,
			@RequestParam MultiValueMap<String, String> params, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		KringPrincipal person = signedIn(me);
		ExpertProfileForm form = ExpertProfileForm.from(params);
		List<OrganisationSummary> organisations = this.organisations.all();
		ProfileFormCheck.Checked checked = this.check.check(person.id(), form, organisations);
		if (checked.profile() != null) {
			this.profiles.save(checked.profile());
			redirect.addFlashAttribute(PageContext.NOTICE, "expertprofile.saved");
			return new ModelAndView("redirect:/experts/" + person.id());
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		boolean exists = this.profiles.find(person.id()).isPresent();
		return formView(person, exists, form, errors(checked.problems()), organisations, locale);
	}

	@PostMapping("/experts/profile/remove")
	String remove(@AuthenticationPrincipal @Nullable KringPrincipal me, RedirectAttributes redirect) {
		KringPrincipal person = signedIn(me);
		this.profiles.remove(person.id());
		redirect.addFlashAttribute(PageContext.NOTICE, "expertprofile.removed");
		return "redirect:/experts/profile";
	}

	@GetMapping("/experts/{personId}")
	ModelAndView show(@PathVariable String personId, @AuthenticationPrincipal @Nullable KringPrincipal me,
			Locale locale) {
		ExpertProfile profile = parse(personId).flatMap((id) -> this.profiles.findVisible(me, id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<ProfilePage.Field> experience = profile.fields()
			.stream()
			.map((field) -> new ProfilePage.Field(
					this.fields.find(field.fieldCode(), locale).map((label) -> label.name()).orElse(field.fieldCode()),
					field.years(), field.note()))
			.toList();
		List<String> qualificationNames = profile.qualifications()
			.stream()
			.map((code) -> this.qualifications.find(code, locale).map(Qualification::name).orElse(code))
			.toList();
		OrganisationSummary organisation = (profile.organisationId() != null)
				? this.organisations.summaries(List.of(profile.organisationId())).stream().findFirst().orElse(null)
				: null;
		boolean own = me != null && me.id().equals(profile.personId());
		ProfilePage page = new ProfilePage(this.accounts.displayNameOf(profile.personId()), own, profile.visibility(),
				experience, qualificationNames, LanguageCodes.sorted(profile.languages(), locale),
				Countries.names(profile.countries(), locale), organisation, profile.biography(),
				profile.availability().stream().sorted().toList(), (!own && me != null && this.askers.mayAsk(me))
						? "/experts/requests/new?expert=" + profile.personId() : null);
		return new ModelAndView(PROFILE_VIEW, Map.of("page", page));
	}

	private ModelAndView formView(KringPrincipal person, boolean exists, ExpertProfileForm form, FormErrors errors,
			List<OrganisationSummary> organisations, Locale locale) {
		List<FieldDescription> offered = this.fields.descriptions(locale);
		List<String> otherLanguages = ExpertProfileForm.codes(form.otherLanguages())
			.stream()
			.map(LanguageCodes::normalize)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		List<String> countries = ExpertProfileForm.codes(form.countries())
			.stream()
			.map(Countries::normalize)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		ProfileFormPage page = new ProfileFormPage(person.id(), exists, form, errors, offered,
				this.qualifications.all(locale), LanguageCodes.common(locale),
				LanguageCodes.sorted(otherLanguages, locale), Countries.names(countries, locale), organisations,
				this.requests.openFor(person.id()));
		return new ModelAndView(FORM_VIEW, Map.of("page", page));
	}

	private @Nullable String affiliation(KringPrincipal person) {
		OrganisationSummary organisation = this.organisations.affiliationsOf(List.of(person.id())).get(person.id());
		return (organisation != null) ? organisation.id().toString() : null;
	}

	private static FormErrors errors(Map<String, String> problems) {
		MapBindingResult result = new MapBindingResult(new java.util.HashMap<>(), "form");
		problems.forEach((field, key) -> result
			.addError(new FieldError(result.getObjectName(), field, null, false, new String[] { key }, null, key)));
		return FormErrors.of(result);
	}

	private static Optional<UUID> parse(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static KringPrincipal signedIn(@Nullable KringPrincipal me) {
		if (me == null) {
			throw new AccessDeniedException("Not signed in");
		}
		return me;
	}

}
