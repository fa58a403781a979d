package org.kring.organisation;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What kind of organisation it is.
 */
public enum OrganisationKind {

	NGO, MIGRANT_LED, MUNICIPALITY, PROVINCE_OR_REGION, NATIONAL_AUTHORITY, EU_BODY, UNIVERSITY_OR_RESEARCH, EMPLOYER,
	SERVICE_PROVIDER, OTHER;

	/**
	 * The kind a request names, in any case.
	 * @param name such as {@code NGO} or {@code migrant_led}
	 * @return the kind, or empty when the name is none of them
	 */
	public static Optional<OrganisationKind> parse(@Nullable String name) {
		return EnumNames.parse(values(), name);
	}

	/**
	 * Whether organisations of this kind are part of government: the authorities a
	 * community addresses signals and recommendations to.
	 * @return true for municipalities, provinces and regions, national authorities and EU
	 * bodies
	 */
	public boolean governmental() {
		return this == MUNICIPALITY || this == PROVINCE_OR_REGION || this == NATIONAL_AUTHORITY || this == EU_BODY;
	}

	/**
	 * The key of this kind's name in the message bundles.
	 * @return such as {@code organisation.kind.NGO}
	 */
	public String messageKey() {
		return "organisation.kind." + name();
	}

}
