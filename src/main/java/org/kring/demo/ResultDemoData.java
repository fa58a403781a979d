package org.kring.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.kring.account.AccountManagement;
import org.kring.community.CommunityManagement;
import org.kring.organisation.OrganisationManagement;
import org.kring.organisation.OrganisationSummary;
import org.kring.result.ResultRecords;
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
 * Fictional results for the demo, dated in the past so that the tracker, the action
 * agenda and the toolbox look lived in: the youth advisory council's recommendations to
 * the province (one answered and followed up, one waiting), the learning network's joint
 * signal to the city and its action agenda for this year, and a tool of the women
 * newcomers' community. The learning network's closed demo meetings add their own results
 * (a tool, a draft signal, an action and a legislation test) through the result module
 * itself. Every name, contact and address is invented.
 */
@Component
@Profile("dev")
@Order(Ordered.LOWEST_PRECEDENCE - 40)
class ResultDemoData implements ApplicationRunner {

	/** The advisory body whose recommendations the demo shows. */
	static final String COUNCIL = "youth-advisory-council";

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private static final Logger logger = LoggerFactory.getLogger(ResultDemoData.class);

	private final CommunityDemoData communityDemo;

	private final CommunityManagement communities;

	private final AccountManagement accounts;

	private final OrganisationManagement organisations;

	private final ResultRecords results;

	private final Clock clock;

	ResultDemoData(CommunityDemoData communityDemo, CommunityManagement communities, AccountManagement accounts,
			OrganisationManagement organisations, ResultRecords results, Clock clock) {
		this.communityDemo = communityDemo;
		this.communities = communities;
		this.accounts = accounts;
		this.organisations = organisations;
		this.results = results;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (load()) {
			logger.info("Loaded fictional demo results: signals, recommendations, actions and a tool");
		}
	}

	/**
	 * Records the demo results, all or nothing, unless the youth advisory council has
	 * results already. Loads the demo communities first if they are not there yet.
	 * @return true when they were recorded now
	 */
	@Transactional
	boolean load() {
		this.communityDemo.load();
		UUID council = community(COUNCIL);
		if (this.results.hasResults(council)) {
			return false;
		}
		ZonedDateTime now = ZonedDateTime.now(this.clock.withZone(BRUSSELS));
		UUID tariq = person(MeetingDemoData.FACILITATOR);
		recommendations(council, tariq, now);
		UUID network = community(MeetingDemoData.NETWORK);
		jointSignal(network, tariq, now);
		agenda(network, tariq, now);
		this.results
			.addTool(community(CommunityDemoData.MARKER), "Diploma recognition: where to start",
					"A one-page checklist of the papers to gather before asking for a diploma to be recognised, and"
							+ " the contact points in the five countries of the community.",
					List.of("Checklist (PDF)", "Contact points per country"),
					List.of("https://huisvandenieuwkomer.example/diploma-checklist.pdf",
							"https://passerelles.example/recognition-contacts"),
					person("claire.dubosquet@kring.example"));
		return true;
	}

	private void recommendations(UUID council, UUID tariq, ZonedDateTime now) {
		UUID province = organisation("Provincie Scheldeland");
		UUID guidance = this.results.writeSignal(council, "Career guidance young newcomers can follow",
				"Young newcomers between 19 and 26 leave the provincial career guidance sessions without knowing"
						+ " what to do next: the sessions go too fast, in a Dutch they do not yet understand.",
				"Seven of the council's eleven members went to a session last year; one understood enough to"
						+ " choose a training.",
				"Offer sessions in plain Dutch, with an interpreter on request, for newcomers aged 19 to 26.", province,
				tariq, at(now.minusMonths(5).minusDays(10)));
		this.results.sendSignal(guidance, "Directie Onderwijs en Jeugd, dhr. Voorbeeld",
				"onderwijs@scheldeland.example", "nl", tariq, at(now.minusMonths(5)));
		this.results.acknowledgeSignal(guidance, at(now.minusMonths(5).plusDays(4)));
		this.results.answerSignal(guidance,
				"Thank you for the council's recommendation. From September two of our career guidance centres will"
						+ " run a pilot: sessions in plain Dutch for newcomers aged 19 to 26, with an interpreter on"
						+ " request.",
				"A. Voorbeeld, Directie Onderwijs en Jeugd", at(now.minusMonths(3)));
		this.results.followUpSignal(guidance, "PARTLY_IMPLEMENTED",
				"The pilot started in one centre instead of two, and interpreters come on Wednesdays only. Three"
						+ " members went and found it clear; we ask again in the spring when the second centre follows.",
				at(now.minusWeeks(3)));
		UUID housing = this.results.writeSignal(council, "Starter homes for young people leaving reception",
				"At 19 young newcomers must leave the reception centre, often without an income high enough for a"
						+ " tenancy. Several council members slept on friends' sofas for months.",
				null,
				"Open the provincial starter homes to young people leaving a reception centre, for their first year.",
				province, tariq, at(now.minusWeeks(4)));
		this.results.sendSignal(housing, "Dienst Wonen, mevr. Fictief", "wonen@scheldeland.example", "nl", tariq,
				at(now.minusWeeks(3)));
	}

	private void jointSignal(UUID network, UUID tariq, ZonedDateTime now) {
		UUID signal = this.results.writeSignal(network, "Tolken bij het Sociaal Huis voor mensen zonder papieren",
				"Het Sociaal Huis roept geen tolk in voor wie geen wettig verblijf heeft. Vrijwilligers vertalen dan"
						+ " zelf, ook bij medische en financiële vragen, en fouten zijn snel gemaakt.",
				"In drie maanden noteerden vrijwilligers van het leernetwerk veertien afspraken zonder tolk.",
				"Schakel een tolk (ook via telefoon of video) in voor iedereen met een afspraak, met of zonder papieren.",
				organisation("Stad Lindenberg"), tariq, at(now.minusMonths(2).minusDays(7)));
		this.results.sendSignal(signal, "Sociaal Huis, mevr. Fictief", "sociaalhuis@lindenberg.example", "nl", tariq,
				at(now.minusMonths(2)));
		this.results.acknowledgeSignal(signal, at(now.minusMonths(2).plusDays(3)));
	}

	private void agenda(UUID network, UUID tariq, ZonedDateTime now) {
		int year = now.getYear();
		Instant planned = at(now.minusMonths(4));
		UUID kestrel = person("kestrel@kring.example");
		UUID amal = person("amal.k@kring.example");
		UUID wout = person("wout.claeskens@kring.example");
		UUID greet = person("greet.vanhoorebeke@kring.example");
		UUID leaflet = this.results.planAction(network, year, "Stappenplan bij alle huisartsenwachtposten",
				"Het stappenplan dringende medische hulp ligt aan de balie van elke wachtpost in de regio.",
				day(now.minusMonths(1)), Set.of(kestrel, amal), tariq, planned);
		this.results.reportProgress(leaflet, "Het stappenplan ligt bij vier van de zes wachtposten.", 40, kestrel,
				at(now.minusMonths(3)));
		this.results.reportProgress(leaflet, "Ook de laatste twee wachtposten hebben het; de stad zet het online.", 90,
				amal, at(now.minusWeeks(6)));
		this.results.completeAction(leaflet, amal, at(now.minusWeeks(5)));
		UUID evening = this.results
			.planAction(network, year, "Vormingsavond over rechten op het werk",
					"Een avond voor nieuwe vrijwilligers met het kaartje over rechten als werknemer en een"
							+ " arbeidsinspecteur als gast.",
					day(now.plusMonths(2)), Set.of(wout, greet), tariq, planned);
		this.results.reportProgress(evening, "Zaal vastgelegd en twee sprekers bevestigd.", 30, wout,
				at(now.minusMonths(2)));
		this.results.reportProgress(evening, "Uitnodiging verstuurd; achttien vrijwilligers ingeschreven.", 60, greet,
				at(now.minusWeeks(2)));
		this.results.planAction(network, year, "Lijst van vrijwillige tolken",
				"Wie een taal spreekt en af en toe wil bijspringen bij een afspraak, komt op een gedeelde lijst.",
				day(now.minusWeeks(3)), Set.of(person("zilverreiger@kring.example")), tariq, planned);
		UUID letter = this.results.planAction(network, year, "Brief aan de ombudsman over de wachttijden",
				"Een gezamenlijke brief over de wachttijden voor een attest dringende medische hulp.", null,
				Set.of(kestrel), tariq, planned);
		this.results.dropAction(letter,
				"Het stadsbestuur beloofde intussen zelf een antwoord binnen tien werkdagen; we volgen dat op via"
						+ " het signaal.",
				tariq, at(now.minusWeeks(7)));
	}

	private static Instant at(ZonedDateTime time) {
		return time.toInstant();
	}

	private static LocalDate day(ZonedDateTime time) {
		return time.toLocalDate();
	}

	private UUID community(String slug) {
		return this.communities.findBySlug(slug).orElseThrow().id();
	}

	private UUID organisation(String name) {
		return this.organisations.all()
			.stream()
			.filter((organisation) -> organisation.name().equals(name))
			.map(OrganisationSummary::id)
			.findFirst()
			.orElseThrow();
	}

	private UUID person(String email) {
		return this.accounts.findByEmail(email).orElseThrow().id();
	}

}
