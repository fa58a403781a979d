package org.kring.expertise.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunitySummary;
import org.kring.expertise.Availability;
import org.kring.expertise.ExpertiseFields;
import org.kring.expertise.Qualifications;
import org.kring.expertise.internal.ExpertCriteria;
import org.kring.expertise.internal.ExpertFilter;
import org.kring.expertise.internal.ExpertResults;
import org.kring.expertise.internal.ExpertRow;
import org.kring.expertise.internal.ExpertSearch;
import org.kring.expertise.internal.IsoCodes;
import org.kring.expertise.internal.Nominators;
import org.kring.expertise.internal.ProfileReaders;
import org.kring.organisation.OrganisationManagement;
import org.kring.organisation.OrganisationSummary;
import org.kring.system.KringPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The expert finder, for anyone: visitors find the profiles shown to everyone, members
 * also those of the people they share a community with, coordinators and administrators
 * every profile. Those who may nominate get a nomination form on each result.
 */
@Controller
class ExpertFinderController {

	static final String VIEW = "expertise/finder";

	static final int PAGE_SIZE = 20;

	private final ExpertSearch search;

	private final ExpertiseFields fields;

	private final Qualifications qualifications;

	private final ProfileReaders readers;

	private final OrganisationManagement organisations;

	private final Nominators nominators;

	ExpertFinderController(ExpertSearch search, ExpertiseFields fields, Qualifications qualifications,
			ProfileReaders readers, OrganisationManagement organisations, Nominators nominators) {
		this.search = search;
		this.fields = fields;
		this.qualifications = qualifications;
		this.readers = readers;
		this.organisations = organisations;
		this.nominators = nominators;
	}

	@GetMapping("/experts")
	ModelAndView find(@RequestParam MultiValueMap<String, String> parameters,
			@AuthenticationPrincipal @Nullable KringPrincipal me, Locale locale) {
		List<OrganisationSummary> allOrganisations = this.organisations.all();
		Set<UUID> organisationIds = new HashSet<>(allOrganisations.stream().map(OrganisationSummary::id).toList());
		ExpertFilter filter = ExpertFilter.read(parameters, this.fields, this.qualifications,
				(ids) -> known(ids, organisationIds));
		ExpertResults results = this.search.search(filter.criteria(), this.readers.of(me),
				pageNumber(parameters.getFirst("page")), PAGE_SIZE, locale);
		ExpertLabels labels = ExpertLabels.of(locale, this.fields, this.qualifications);
		List<CommunitySummary> nominateFor = this.nominators.communitiesFor(me);
		List<ExpertCard> cards = results.experts().stream().map((row) -> card(row, filter.criteria(), labels)).toList();
		ExpertFinderPage page = new ExpertFinderPage(cards, results.total(), results.page(), results.pages(),
				results.criteria(), filter.query(), chosen(filter.criteria()), filter.rejected(),
				options(labels, allOrganisations, locale), nominateFor, me != null);
		return new ModelAndView(VIEW, Map.of("page", page));
	}

	private static Set<UUID> known(Collection<UUID> ids, Set<UUID> existing) {
		Set<UUID> found = new HashSet<>(ids);
		found.retainAll(existing);
		return found;
	}

	/**
	 * A nomination preselects the fields filtered on that the expert has, or else all
	 * their fields.
	 */
	static ExpertCard card(ExpertRow row, ExpertCriteria criteria, ExpertLabels labels) {
		boolean anyFiltered = row.fields().stream().anyMatch((field) -> criteria.fields().contains(field.code()));
		List<ExpertCard.Field> fields = row.fields()
			.stream()
			.map((field) -> new ExpertCard.Field(field.code(), labels.field(field.code()), field.years(),
					!anyFiltered || criteria.fields().contains(field.code())))
			.toList();
		return new ExpertCard(row.id(), row.name(), row.path(), row.organisation(), fields,
				labels.qualifications(row.qualifications()),
				labels.sorted(row.languages().stream().map(labels::language).toList()),
				labels.sorted(row.countries().stream().map(labels::country).toList()),
				row.availability().stream().map(ExpertFinderController::availabilityKey).toList(), row.met());
	}

	static String availabilityKey(Availability work) {
		return "expertfinder.availability." + work.name();
	}

	private static Map<String, List<String>> chosen(ExpertCriteria criteria) {
		Map<String, List<String>> chosen = new LinkedHashMap<>();
		chosen.put("field", List.copyOf(criteria.fields()));
		chosen.put("qualification", List.copyOf(criteria.qualifications()));
		chosen.put("language", List.copyOf(criteria.languages()));
		chosen.put("country", List.copyOf(criteria.countries()));
		chosen.put("availability", criteria.availability().stream().map(Availability::name).toList());
		chosen.put("organisation", criteria.organisations().stream().map(UUID::toString).toList());
		return chosen;
	}

	private static Map<String, List<IsoCodes.Named>> options(ExpertLabels labels,
			List<OrganisationSummary> organisations, Locale locale) {
		Map<String, List<IsoCodes.Named>> options = new LinkedHashMap<>();
		options.put("field", labels.fieldOptions());
		options.put("qualification", labels.qualificationOptions());
		options.put("language", IsoCodes.languages(locale));
		options.put("country", IsoCodes.countries(locale));
		options.put("availability",
				Arrays.stream(Availability.values())
					.map((work) -> new IsoCodes.Named(work.name(), availabilityKey(work)))
					.toList());
		options.put("organisation",
				organisations.stream()
					.map((organisation) -> new IsoCodes.Named(organisation.id().toString(), organisation.name()))
					.toList());
		return options;
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
