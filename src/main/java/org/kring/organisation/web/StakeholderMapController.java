package org.kring.organisation.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.kring.organisation.FieldVocabulary;
import org.kring.organisation.FieldName;
import org.kring.organisation.internal.OrganisationFilter;
import org.kring.organisation.internal.OrganisationQueries;
import org.kring.organisation.internal.OrganisationRow;
import org.kring.organisation.internal.RelationRow;
import org.kring.system.web.Csv;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The stakeholder map (the "national report" view): a matrix of fields by countries, or
 * by regions within one country, and the network of relations drawn on the server; and
 * the list of organisations as CSV.
 */
@Controller
class StakeholderMapController {

	static final String VIEW = "organisation/map";

	/** More organisations than this make a picture nobody can read. */
	static final int NETWORK_LIMIT = 60;

	static final int RELATIONS_LIMIT = 500;

	static final int CSV_LIMIT = 10_000;

	private final OrganisationQueries queries;

	private final FieldVocabulary expertise;

	private final MessageSource messages;

	StakeholderMapController(OrganisationQueries queries, FieldVocabulary expertise, MessageSource messages) {
		this.queries = queries;
		this.expertise = expertise;
		this.messages = messages;
	}

	@GetMapping("/stakeholder-map")
	ModelAndView map(@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String field, Locale locale) {
		OrganisationFilter filter = OrganisationFilter.of(null, country, null, field, null, this.expertise);
		Labels labels = Labels.of(locale, this.expertise);
		Map<String, Map<String, Integer>> counts = this.queries.matrix(filter);
		List<String> places = places(filter, counts, labels, locale);
		List<StakeholderMapPage.Column> columns = places.stream()
			.map((place) -> new StakeholderMapPage.Column((filter.country() == null) ? labels.country(place) : place))
			.toList();
		List<StakeholderMapPage.Row> rows = new ArrayList<>();
		for (FieldName row : labels.fields()) {
			if (filter.field() == null || filter.field().equals(row.code())) {
				Map<String, Integer> byPlace = counts.getOrDefault(row.code(), Map.of());
				List<StakeholderMapPage.Cell> cells = places.stream()
					.map((place) -> new StakeholderMapPage.Cell(byPlace.getOrDefault(place, 0),
							cellLink(filter, row.code(), place)))
					.toList();
				rows.add(new StakeholderMapPage.Row(row, cells,
						byPlace.values().stream().mapToInt(Integer::intValue).sum()));
			}
		}
		List<OrganisationRow> organisations = this.queries.all(filter, NETWORK_LIMIT + 1);
		NetworkPicture network = null;
		List<RelationRow> relations = List.of();
		if (organisations.size() <= NETWORK_LIMIT) {
			relations = this.queries.relationsOf(organisations.stream().map(OrganisationRow::id).toList(), true);
			network = NetworkPicture.of(organisations, relations);
		}
		StakeholderMapPage page = new StakeholderMapPage(new FilterForm(null, country, null, field, null),
				labels.countries(this.queries.countries()), labels.fields(),
				(filter.country() != null) ? labels.country(filter.country()) : null, columns, rows, network,
				organisations.size(), relations.stream().limit(RELATIONS_LIMIT).toList(),
				relations.size() > RELATIONS_LIMIT, filter.query(), !filter.rejected().isEmpty());
		return new ModelAndView(VIEW, Map.of("page", page));
	}

	@GetMapping("/organisations.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String field, @RequestParam(required = false) @Nullable String q,
			Locale locale) {
		OrganisationFilter filter = OrganisationFilter.of(kind, country, region, field, q, this.expertise);
		Labels labels = Labels.of(locale, this.expertise);
		Csv csv = new Csv().row(Arrays.asList(text("organisation.name", locale), text("organisation.kind", locale),
				text("organisation.country", locale), text("organisation.country.code", locale),
				text("organisation.region", locale), text("organisation.fields", locale),
				text("organisation.website", locale), text("organisation.description", locale),
				text("organisation.csv.address", locale)));
		for (OrganisationRow row : this.queries.all(filter, CSV_LIMIT)) {
			csv.row(Arrays.asList(row.name(), text(row.kind().messageKey(), locale), labels.country(row.country()),
					row.country(), row.region(), String.join("; ", labels.fields(row.fields())), row.website(),
					row.description(), row.path()));
		}
		return csv.download("organisations.csv");
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/**
	 * The countries in the matrix by name, or the chosen country's regions by name with
	 * organisations without a region last.
	 */
	private static List<String> places(OrganisationFilter filter, Map<String, Map<String, Integer>> counts,
			Labels labels, Locale locale) {
		TreeSet<String> places = new TreeSet<>();
		counts.values().forEach((byPlace) -> places.addAll(byPlace.keySet()));
		Collator collator = Collator.getInstance(locale);
		Comparator<String> byName = (filter.country() == null) ? Comparator.comparing(labels::country, collator)
				: Comparator.<String, Boolean>comparing(String::isEmpty).thenComparing(collator::compare);
		return places.stream().sorted(byName).toList();
	}

	private static String cellLink(OrganisationFilter filter, String field, String place) {
		StringBuilder link = new StringBuilder("/organisations?field=").append(encode(field));
		if (filter.country() == null) {
			link.append("&country=").append(encode(place));
		}
		else {
			link.append("&country=").append(encode(filter.country()));
			if (!place.isEmpty()) {
				link.append("&region=").append(encode(place));
			}
		}
		return link.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
