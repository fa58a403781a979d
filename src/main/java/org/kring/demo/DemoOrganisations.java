package org.kring.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;
import org.kring.organisation.NewOrganisation;
import org.kring.organisation.OrganisationKind;
import org.kring.organisation.OrganisationManagement;
import org.kring.organisation.OrganisationSummary;
import org.kring.organisation.RelationKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads fictional organisations in five countries, their relations and the demo people
 * who work at them, once: when the first one exists, nothing happens. Runs when the
 * application is ready, after {@link DemoData} has made the people.
 */
@Component
@Profile("dev")
class DemoOrganisations {

	private static final Logger logger = LoggerFactory.getLogger(DemoOrganisations.class);

	static final List<NewOrganisation> ALL = List.of(
			organisation("Huis van de Nieuwkomer", OrganisationKind.NGO, "BE", "Oost-Vlaanderen",
					"https://huisvandenieuwkomer.example", "Drop-in centre and legal first aid for newcomers.",
					"social-protection", "housing-income"),
			organisation("Stemmen Zonder Papieren", OrganisationKind.MIGRANT_LED, "BE", "Antwerpen", null,
					"Self-organisation of people without legal residence.", "social-protection", "health-care"),
			organisation("Provincie Scheldeland", OrganisationKind.PROVINCE_OR_REGION, "BE", "Oost-Vlaanderen",
					"https://scheldeland.example", "Fictional province running making sessions with newcomers.",
					"labour-market", "education"),
			organisation("Stad Lindenberg", OrganisationKind.MUNICIPALITY, "BE", "Antwerpen", null,
					"Fictional city with a newcomers' desk.", "housing-income", "social-protection"),
			organisation("Kennisinstituut Dijkhaven", OrganisationKind.UNIVERSITY_OR_RESEARCH, "NL", "Zuid-Holland",
					"https://dijkhaven.example", "Research on the labour-market integration of refugees.",
					"labour-market", "education"),
			organisation("Werkplaats Oost", OrganisationKind.EMPLOYER, "NL", "Gelderland", null,
					"Social enterprise that trains and employs newcomers.", "labour-market"),
			organisation("Maison des Passerelles", OrganisationKind.NGO, "FR", "Auvergne-Rhône-Alpes",
					"https://passerelles.example", "Language cafés and support for women newcomers.", "education",
					"social-protection"),
			organisation("Santé Sans Frontières Locales", OrganisationKind.SERVICE_PROVIDER, "FR", "Occitanie", null,
					"Psychological care and interpreting for exiles.", "health-care"),
			organisation("Brückenwerk Leipzig", OrganisationKind.MIGRANT_LED, "DE", "Sachsen", null,
					"Peer mentoring run by former refugees.", "education", "labour-market"),
			organisation("Landesamt für Teilhabe", OrganisationKind.NATIONAL_AUTHORITY, "DE", null, null,
					"Fictional authority funding integration projects.", "social-protection", "housing-income"),
			organisation("Rete Accoglienza Diffusa", OrganisationKind.NGO, "IT", "Piemonte",
					"https://accoglienza.example", "Network of host families and housing projects.", "housing-income"),
			organisation("Cooperativa Salute Aperta", OrganisationKind.SERVICE_PROVIDER, "IT", "Lombardia", null,
					"Health clinic open to people without papers.", "health-care", "social-protection"));

	private final OrganisationManagement organisations;

	private final AccountManagement accounts;

	DemoOrganisations(OrganisationManagement organisations, AccountManagement accounts) {
		this.organisations = organisations;
		this.accounts = accounts;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void onReady() {
		int created = load();
		if (created > 0) {
			logger.info("Loaded {} fictional demo organisations", created);
		}
	}

	/**
	 * Creates the demo organisations, their relations and affiliations, unless the first
	 * organisation exists. All or nothing.
	 * @return how many organisations were created
	 */
	@Transactional
	int load() {
		if (this.organisations.all().stream().anyMatch((existing) -> existing.name().equals(ALL.get(0).name()))) {
			return 0;
		}
		Map<String, OrganisationSummary> byName = new LinkedHashMap<>();
		for (NewOrganisation organisation : ALL) {
			byName.put(organisation.name(), this.organisations.register(organisation));
		}
		relate(byName, "Provincie Scheldeland", RelationKind.FUNDS, "Huis van de Nieuwkomer", "Making sessions 2025");
		relate(byName, "Huis van de Nieuwkomer", RelationKind.REFERS_CLIENTS_TO, "Santé Sans Frontières Locales",
				"Trauma care for families");
		relate(byName, "Stemmen Zonder Papieren", RelationKind.COOPERATES_WITH, "Huis van de Nieuwkomer",
				"Joint signals to the city");
		relate(byName, "Stad Lindenberg", RelationKind.REFERS_CLIENTS_TO, "Huis van de Nieuwkomer", "Housing desk");
		relate(byName, "Kennisinstituut Dijkhaven", RelationKind.PROJECT_PARTNER, "Maison des Passerelles",
				"Women newcomers community of practice");
		relate(byName, "Kennisinstituut Dijkhaven", RelationKind.PROJECT_PARTNER, "Brückenwerk Leipzig",
				"Women newcomers community of practice");
		relate(byName, "Kennisinstituut Dijkhaven", RelationKind.PROJECT_PARTNER, "Rete Accoglienza Diffusa",
				"Women newcomers community of practice");
		relate(byName, "Kennisinstituut Dijkhaven", RelationKind.PROJECT_PARTNER, "Huis van de Nieuwkomer",
				"Women newcomers community of practice");
		relate(byName, "Landesamt für Teilhabe", RelationKind.FUNDS, "Brückenwerk Leipzig", "Peer mentoring grant");
		relate(byName, "Werkplaats Oost", RelationKind.COOPERATES_WITH, "Kennisinstituut Dijkhaven",
				"Internships for researchers' participants");
		relate(byName, "Rete Accoglienza Diffusa", RelationKind.REFERS_CLIENTS_TO, "Cooperativa Salute Aperta", null);
		affiliate("jonas.verhelst@kring.example", byName.get("Provincie Scheldeland"));
		affiliate("claire.dubosquet@kring.example", byName.get("Maison des Passerelles"));
		affiliate("hanne.lievens@kring.example", byName.get("Huis van de Nieuwkomer"));
		affiliate("samuel.okonkwo@kring.example", byName.get("Kennisinstituut Dijkhaven"));
		affiliate("greet.vanhoorebeke@kring.example", byName.get("Stad Lindenberg"));
		affiliate("tariq.benhaddou@kring.example", byName.get("Brückenwerk Leipzig"));
		affiliate("lene.brandvold@kring.example", byName.get("Brückenwerk Leipzig"));
		affiliate("chiara.montefalco@kring.example", byName.get("Rete Accoglienza Diffusa"));
		return byName.size();
	}

	private void relate(Map<String, OrganisationSummary> byName, String source, RelationKind kind, String target,
			@Nullable String note) {
		this.organisations.relate(byName.get(source), byName.get(target), kind, note);
	}

	private void affiliate(String email, @Nullable OrganisationSummary organisation) {
		if (organisation != null) {
			this.accounts.findByEmail(email)
				.ifPresent((person) -> this.organisations.affiliate(person.id(), organisation.id()));
		}
	}

	private static NewOrganisation organisation(String name, OrganisationKind kind, String country,
			@Nullable String region, @Nullable String website, String description, String... fields) {
		return new NewOrganisation(name, kind, country, region, website, description, Set.of(fields));
	}

}
