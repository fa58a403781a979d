package org.kring.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;
import org.kring.account.InstanceRole;
import org.kring.account.PersonSummary;
import org.kring.expertise.Availability;
import org.kring.expertise.ExpertProfile;
import org.kring.expertise.ExpertProfiles;
import org.kring.expertise.FieldExperience;
import org.kring.expertise.ProfileVisibility;
import org.kring.organisation.OrganisationManagement;
import org.kring.organisation.OrganisationSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives every demo expert ({@link DemoExperts}) an account and an expert profile on
 * start-up. Each expert is looked up by e-mail address and only made when missing, and a
 * profile is only saved for an expert without one, so that this runs any number of times
 * and in any order with the other demo loaders.
 */
@Component
@Profile("dev")
@Order(Ordered.LOWEST_PRECEDENCE)
class ExpertDemoData implements ApplicationRunner {

	private static final Set<String> INTERFACE_LANGUAGES = Set.of("en", "nl", "fr", "ar");

	private static final Logger logger = LoggerFactory.getLogger(ExpertDemoData.class);

	private final DemoData people;

	private final DemoOrganisations organisations;

	private final AccountManagement accounts;

	private final OrganisationManagement organisationDirectory;

	private final ExpertProfiles profiles;

	ExpertDemoData(DemoData people, DemoOrganisations organisations, AccountManagement accounts,
			OrganisationManagement organisationDirectory, ExpertProfiles profiles) {
		this.people = people;
		this.organisations = organisations;
		this.accounts = accounts;
		this.organisationDirectory = organisationDirectory;
		this.profiles = profiles;
	}

	@Override
	public void run(ApplicationArguments args) {
		int created = load();
		if (created > 0) {
			logger.info("Loaded {} fictional demo expert profiles", created);
		}
	}

	/**
	 * Finds or makes the account of every demo expert and saves the profile of those who
	 * have none, all or nothing. Loads the demo people and organisations first if they
	 * are not there yet, whatever order the loaders start in.
	 * @return how many profiles were saved
	 */
	@Transactional
	int load() {
		this.people.load();
		this.organisations.load();
		Map<String, UUID> organisationIds = this.organisationDirectory.all()
			.stream()
			.collect(Collectors.toMap(OrganisationSummary::name, OrganisationSummary::id, (first, second) -> first));
		int saved = 0;
		for (DemoExperts.DemoExpert expert : DemoExperts.ALL) {
			UUID person = findOrCreate(expert);
			if (this.profiles.find(person).isEmpty()) {
				this.profiles.save(profile(person, expert, organisationIds));
				saved++;
			}
		}
		return saved;
	}

	/**
	 * The account of a demo expert, made with the demo password when there is none.
	 * @param expert the expert
	 * @return their id
	 */
	UUID findOrCreate(DemoExperts.DemoExpert expert) {
		return this.accounts.findByEmail(expert.email())
			.map(PersonSummary::id)
			.orElseGet(() -> this.accounts.createVerified(expert.displayName(), expert.email(), DemoPeople.PASSWORD,
					interfaceLanguage(expert), InstanceRole.MEMBER));
	}

	private static @Nullable Locale interfaceLanguage(DemoExperts.DemoExpert expert) {
		return expert.languages()
			.stream()
			.findFirst()
			.filter(INTERFACE_LANGUAGES::contains)
			.map(Locale::of)
			.orElse(null);
	}

	private static ExpertProfile profile(UUID person, DemoExperts.DemoExpert expert, Map<String, UUID> organisations) {
		List<FieldExperience> fields = new ArrayList<>();
		expert.yearsPerField().forEach((field, years) -> fields.add(new FieldExperience(field, years, null)));
		fields.sort((one, other) -> Integer.compare(other.years(), one.years()));
		UUID organisation = (expert.organisation() != null) ? organisations.get(expert.organisation()) : null;
		return new ExpertProfile(person, organisation, null, ProfileVisibility.valueOf(expert.visibility()), fields,
				expert.qualifications().stream().sorted().toList(), expert.languages().stream().sorted().toList(),
				expert.countries().stream().sorted().toList(),
				expert.availability().stream().map(Availability::valueOf).collect(Collectors.toSet()));
	}

}
