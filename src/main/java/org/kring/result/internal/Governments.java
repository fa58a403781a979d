package org.kring.result.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.kring.organisation.OrganisationManagement;
import org.kring.organisation.OrganisationSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations signals and recommendations may address: those of a government kind
 * ({@link org.kring.organisation.OrganisationKind#governmental()}). The one place the
 * signal forms, the legislation register and the results of meetings ask.
 */
@Component
public class Governments {

	private final OrganisationManagement organisations;

	Governments(OrganisationManagement organisations) {
		this.organisations = organisations;
	}

	/**
	 * Every government organisation, by name, to choose from.
	 * @return them
	 */
	@Transactional(readOnly = true)
	public List<OrganisationSummary> all() {
		return this.organisations.all().stream().filter((organisation) -> organisation.kind().governmental()).toList();
	}

	/**
	 * Whether an organisation is a government's.
	 * @param organisationId the organisation
	 * @return true when it exists and is of a government kind
	 */
	@Transactional(readOnly = true)
	public boolean isGovernment(UUID organisationId) {
		return this.organisations.summaries(List.of(organisationId))
			.stream()
			.anyMatch((organisation) -> organisation.kind().governmental());
	}

	/**
	 * The government organisation of a name, in any case.
	 * @param name the name, such as a meeting's product named it
	 * @return its id, or empty when no government organisation has that name
	 */
	@Transactional(readOnly = true)
	public Optional<UUID> named(String name) {
		String wanted = name.toLowerCase(Locale.ROOT);
		return all().stream()
			.filter((organisation) -> organisation.name().toLowerCase(Locale.ROOT).equals(wanted))
			.map(OrganisationSummary::id)
			.findFirst();
	}

}
