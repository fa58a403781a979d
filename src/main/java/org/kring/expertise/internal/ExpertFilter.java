package org.kring.expertise.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.kring.expertise.Availability;
import org.kring.expertise.ExpertiseFields;
import org.kring.expertise.Qualifications;

/**
 * The finder's filters as read from request parameters, each of which may be given
 * several times ({@code field=health-care&field=housing-income}): blank values do not
 * restrict; values that name nothing known are kept apart in {@link #rejected()} so that
 * the page can say so next to that filter and the API can refuse the request.
 *
 * @param criteria what is asked for, known values only
 * @param rejected per parameter name, the values it named that are unknown, in the order
 * given
 */
public record ExpertFilter(ExpertCriteria criteria, Map<String, List<String>> rejected) {

	/** The request parameters, in the order the page shows them. */
	public static final List<String> PARAMETERS = List.of("field", "qualification", "language", "country",
			"availability", "organisation");

	private static final Set<String> WORK = Arrays.stream(Availability.values())
		.map(Availability::name)
		.collect(Collectors.toUnmodifiableSet());

	public ExpertFilter {
		rejected = Map.copyOf(rejected);
	}

	/**
	 * Reads the filters.
	 * @param parameters the values of each parameter in {@link #PARAMETERS}; missing
	 * names do not restrict
	 * @param fields the expertise fields in use
	 * @param qualifications the qualifications in use
	 * @param existingOrganisations which of some organisation ids exist, in one query
	 * @return the filter
	 */
	public static ExpertFilter read(Map<String, List<String>> parameters, ExpertiseFields fields,
			Qualifications qualifications, Function<Collection<UUID>, Set<UUID>> existingOrganisations) {
		Map<String, List<String>> rejected = new LinkedHashMap<>();
		Set<String> fieldCodes = codes(parameters, "field", (code) -> fields.exists(code) ? code : null, rejected);
		Set<String> qualificationCodes = codes(parameters, "qualification",
				(code) -> qualifications.exists(code) ? code : null, rejected);
		Set<String> languages = codes(parameters, "language", IsoCodes::language, rejected);
		Set<String> countries = codes(parameters, "country", IsoCodes::country, rejected);
		Set<Availability> availability = new LinkedHashSet<>();
		codes(parameters, "availability", ExpertFilter::availability, rejected)
			.forEach((work) -> availability.add(Availability.valueOf(work)));
		Set<UUID> organisations = organisations(values(parameters, "organisation"), existingOrganisations, rejected);
		return new ExpertFilter(
				new ExpertCriteria(fieldCodes, qualificationCodes, languages, countries, availability, organisations),
				rejected);
	}

	/**
	 * The known filters as the query of an address, for links that keep them.
	 * @return such as {@code field=health-care&language=nl}, empty when nothing restricts
	 */
	public String query() {
		List<String> parts = new ArrayList<>();
		ExpertCriteria c = this.criteria;
		add(parts, "field", c.fields());
		add(parts, "qualification", c.qualifications());
		add(parts, "language", c.languages());
		add(parts, "country", c.countries());
		add(parts, "availability", c.availability().stream().map(Availability::name).toList());
		add(parts, "organisation", c.organisations().stream().map(UUID::toString).toList());
		return String.join("&", parts);
	}

	public boolean anyRejected() {
		return !this.rejected.isEmpty();
	}

	private static Set<String> codes(Map<String, List<String>> parameters, String name,
			Function<String, @Nullable String> known, Map<String, List<String>> rejected) {
		Set<String> codes = new LinkedHashSet<>();
		for (String value : values(parameters, name)) {
			String code = known.apply(value);
			if (code != null) {
				codes.add(code);
			}
			else {
				rejected.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
			}
		}
		return codes;
	}

	private static Set<UUID> organisations(List<String> values, Function<Collection<UUID>, Set<UUID>> existing,
			Map<String, List<String>> rejected) {
		Map<String, @Nullable UUID> ids = new LinkedHashMap<>();
		for (String value : values) {
			ids.put(value, uuid(value));
		}
		List<UUID> wellFormed = ids.values().stream().filter((id) -> id != null).map((id) -> (UUID) id).toList();
		Set<UUID> found = wellFormed.isEmpty() ? Set.of() : existing.apply(wellFormed);
		Set<UUID> organisations = new LinkedHashSet<>();
		ids.forEach((value, id) -> {
			if (id != null && found.contains(id)) {
				organisations.add(id);
			}
			else {
				rejected.computeIfAbsent("organisation", (key) -> new ArrayList<>()).add(value);
			}
		});
		return organisations;
	}

	private static List<String> values(Map<String, List<String>> parameters, String name) {
		return parameters.getOrDefault(name, List.of())
			.stream()
			.filter((value) -> value != null && !value.isBlank())
			.map(String::strip)
			.distinct()
			.toList();
	}

	private static @Nullable String availability(String value) {
		String upper = value.toUpperCase(Locale.ROOT).replace('-', '_');
		return WORK.contains(upper) ? upper : null;
	}

	private static @Nullable UUID uuid(String value) {
		try {
			return (value.length() == 36) ? UUID.fromString(value) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static void add(List<String> parts, String name, Collection<String> values) {
		values.forEach((value) -> parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
	}

}
