package org.kring.organisation.internal;

import org.kring.system.i18n.Countries;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.kring.organisation.FieldVocabulary;
import org.kring.organisation.OrganisationKind;

/**
 * Which organisations a list, the map, the export or the API shows: each criterion null
 * when it does not restrict.
 *
 * @param kind only this kind
 * @param country only this country (ISO 3166 alpha-2, upper case)
 * @param region only this region within the country, compared without case
 * @param field only organisations working on this expertise field
 * @param text only organisations whose name or description contains this text
 * @param rejected the names of the request parameters that named nothing known and were
 * left out
 */
public record OrganisationFilter(@Nullable OrganisationKind kind, @Nullable String country, @Nullable String region,
		@Nullable String field, @Nullable String text, List<String> rejected) {

	public static final int TEXT_MAX_LENGTH = 100;

	/** Shows every organisation. */
	public static final OrganisationFilter NONE = new OrganisationFilter(null, null, null, null, null, List.of());

	/**
	 * Reads a filter from request parameters; blank ones do not restrict, unknown ones
	 * are left out and named in {@link #rejected()}.
	 * @param kind an organisation kind's name
	 * @param country a country code
	 * @param region a region's name
	 * @param field an expertise field's code
	 * @param text words to look for
	 * @param fields the expertise fields in use
	 * @return the filter
	 */
	public static OrganisationFilter of(@Nullable String kind, @Nullable String country, @Nullable String region,
			@Nullable String field, @Nullable String text, FieldVocabulary fields) {
		List<String> rejected = new ArrayList<>();
		OrganisationKind chosenKind = null;
		if (present(kind)) {
			chosenKind = OrganisationKind.parse(kind).orElse(null);
			reject(chosenKind == null, "kind", rejected);
		}
		String chosenCountry = null;
		if (present(country)) {
			chosenCountry = Countries.normalize(country);
			reject(chosenCountry == null, "country", rejected);
		}
		String chosenField = null;
		if (present(field)) {
			chosenField = fields.exists(field.strip()) ? field.strip() : null;
			reject(chosenField == null, "field", rejected);
		}
		String chosenText = present(text) ? text.strip() : null;
		if (chosenText != null && chosenText.length() > TEXT_MAX_LENGTH) {
			chosenText = null;
			rejected.add("q");
		}
		String chosenRegion = (present(region) && chosenCountry != null) ? region.strip() : null;
		return new OrganisationFilter(chosenKind, chosenCountry, chosenRegion, chosenField, chosenText,
				List.copyOf(rejected));
	}

	private static boolean present(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	private static void reject(boolean unknown, String parameter, List<String> rejected) {
		if (unknown) {
			rejected.add(parameter);
		}
	}

	/**
	 * The filter as the query of an address, for links that keep it.
	 * @return such as {@code country=BE&field=health-care}, empty when nothing restricts
	 */
	public String query() {
		List<String> parts = new ArrayList<>();
		add(parts, "kind", (this.kind != null) ? this.kind.name() : null);
		add(parts, "country", this.country);
		add(parts, "region", this.region);
		add(parts, "field", this.field);
		add(parts, "q", this.text);
		return String.join("&", parts);
	}

	private static void add(List<String> parts, String name, @Nullable String value) {
		if (value != null) {
			parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

	String likePattern() {
		String escaped = (this.text != null)
				? this.text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") : "";
		return "%" + escaped + "%";
	}

}
