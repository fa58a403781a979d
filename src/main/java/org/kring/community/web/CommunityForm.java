package org.kring.community.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityKind;
import org.kring.community.JoinPolicy;
import org.kring.community.Visibility;
import org.kring.community.internal.Community;
import org.kring.community.internal.CommunityDescription;
import org.kring.community.internal.Editing;
import org.kring.community.internal.Place;
import org.kring.system.web.Languages;

/**
 * What a facilitator types to start or edit a community. Kind, visibility and join policy
 * arrive as text so that a value outside the list gets a message next to its field, not a
 * failed conversion.
 *
 * @param name the name
 * @param slug the address part; made from the name when left empty
 * @param kind the kind's name
 * @param visibility the visibility's name
 * @param joinPolicy the join policy's name
 * @param originalLanguage the ISO 639-1 code of the language the texts are written in
 * @param domain the domain statement
 * @param practice the practice
 * @param themes the themes, separated by commas
 * @param places the countries, one per line, each a code optionally followed by a region
 * @param languages the working languages' codes, separated by commas
 * @param translations the texts in other interface languages, by language code
 * @param partners the ids of the partner organisations ticked
 * @param version the version the form was opened at, when editing
 */
public record CommunityForm(
		@NotBlank(message = "community.name.required") @Size(max = Community.NAME_MAX_LENGTH,
				message = "community.name.long") @Nullable String name,
		@Nullable String slug, @Nullable String kind, @Nullable String visibility, @Nullable String joinPolicy,
		@Nullable String originalLanguage,
		@NotBlank(message = "community.domain.required") @Size(max = Community.DOMAIN_MAX_LENGTH,
				message = "community.domain.long") @Nullable String domain,
		@NotBlank(message = "community.practice.required") @Size(max = Community.PRACTICE_MAX_LENGTH,
				message = "community.practice.long") @Nullable String practice,
		@Nullable String themes, @Nullable String places, @Nullable String languages,
		@Nullable Map<String, @Valid TranslationForm> translations, @Nullable List<String> partners,
		@Nullable Long version) {

	public CommunityForm {
		name = CommunityForms.oneLine(name);
		slug = CommunityForms.oneLine(slug);
		Map<String, TranslationForm> all = new LinkedHashMap<>();
		for (Languages.Language language : Languages.SUPPORTED) {
			TranslationForm typed = (translations != null) ? translations.get(language.tag()) : null;
			all.put(language.tag(), (typed != null) ? typed : TranslationForm.empty());
		}
		translations = all;
		partners = (partners != null) ? List.copyOf(partners) : List.of();
	}

	/**
	 * A new community's form, written in the reader's language, public and open to
	 * applications.
	 * @param language the reader's language
	 * @return the empty form
	 */
	static CommunityForm empty(Locale language) {
		return new CommunityForm("", "", CommunityKind.COMMUNITY_OF_PRACTICE.name(), Visibility.PUBLIC.name(),
				JoinPolicy.ON_APPROVAL.name(), language.getLanguage(), "", "", "", "", language.getLanguage(), null,
				List.of(), null);
	}

	/**
	 * The form for editing a community as it is described now.
	 * @param editing the description, partners and version as stored
	 * @return the filled-in form
	 */
	static CommunityForm of(Editing editing) {
		CommunityDescription description = editing.description();
		Map<String, TranslationForm> translations = new LinkedHashMap<>();
		description.translations()
			.forEach((language, translation) -> translations.put(language, TranslationForm.of(translation)));
		return new CommunityForm(description.name(), description.slug(), description.kind().name(),
				description.visibility().name(), description.joinPolicy().name(), description.originalLanguage(),
				description.domain(), description.practice(),
				description.themes().stream().sorted().collect(Collectors.joining(", ")),
				description.places()
					.stream()
					.sorted(Place.ORDER)
					.map((place) -> place.wholeCountry() ? place.country() : place.country() + " " + place.region())
					.collect(Collectors.joining("\n")),
				description.languages().stream().sorted().collect(Collectors.joining(", ")), translations,
				editing.partners().stream().map(UUID::toString).sorted().toList(), editing.version());
	}

	/**
	 * The same form at another version, after someone else saved the community.
	 * @param newVersion the version now stored
	 * @return the form as typed, to be saved over the other change only on purpose
	 */
	CommunityForm atVersion(long newVersion) {
		return new CommunityForm(this.name, this.slug, this.kind, this.visibility, this.joinPolicy,
				this.originalLanguage, this.domain, this.practice, this.themes, this.places, this.languages,
				this.translations, this.partners, newVersion);
	}

	public TranslationForm translation(String language) {
		TranslationForm translation = (this.translations != null) ? this.translations.get(language) : null;
		return (translation != null) ? translation : TranslationForm.empty();
	}

	/**
	 * Whether an organisation is ticked as a partner.
	 * @param organisationId the organisation's id
	 * @return true when ticked
	 */
	public boolean isPartner(UUID organisationId) {
		return this.partners != null && this.partners.contains(organisationId.toString());
	}

	public boolean is(String field, Enum<?> value) {
		String chosen = switch (field) {
			case "kind" -> this.kind;
			case "visibility" -> this.visibility;
			case "joinPolicy" -> this.joinPolicy;
			default -> null;
		};
		return value.name().equals(chosen);
	}

}
